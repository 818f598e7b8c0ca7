// Benchmarks of computing one round's results. Figures and the commands that produced them are
// in docs/performance.md.

#include <benchmark/benchmark.h>

#include <unistd.h>
#include <filesystem>
#include <random>

#include "bench/national_data.hpp"
#include "boardlens/app/application.hpp"
#include "boardlens/features/results/analytics.hpp"
#include "boardlens/features/results/json.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens {
namespace {

/// A board of 16 rating 8 items, with 250 peer organisations' item means.
results::RoundData SyntheticRound(std::size_t members, std::size_t items, std::size_t peers) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> rating(0, 5);  // 0 = don't know
  std::uniform_real_distribution<double> mean(1.0, 5.0);
  results::RoundData d;
  for (std::size_t i = 0; i < items; ++i) d.items.push_back("item-" + std::to_string(i));
  for (std::size_t m = 0; m < members; ++m) {
    d.respondents.push_back(m % 2 == 0 ? orgs::Membership::kExecutive
                                       : orgs::Membership::kNonExecutive);
    for (std::size_t i = 0; i < items; ++i) {
      const int r = rating(rng);
      d.responses.push_back({static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(i),
                             r == 0 ? std::nullopt : std::optional<std::int8_t>(r)});
    }
  }
  d.has_previous_round = true;
  for (std::size_t i = 0; i < items; ++i) {
    d.previous_means.emplace_back(mean(rng));
    std::vector<double> peer;
    for (std::size_t p = 0; p < peers; ++p) peer.push_back(mean(rng));
    d.peer_means.push_back(std::move(peer));
  }
  return d;
}

void BM_ComputeResults(benchmark::State& state) {
  const auto data = SyntheticRound(16, 8, static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark idiom
    auto results = results::ComputeResults(data);
    benchmark::DoNotOptimize(results);
  }
}
BENCHMARK(BM_ComputeResults)->Arg(250)->Unit(benchmark::kMicrosecond);

/// The whole uncached path on a real SQLite file: fetch answers, previous round and the 250
/// peers' frozen means, compute, and render the JSON document.
void BM_ResultsFromSqlite(benchmark::State& state) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("boardlens-bench-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  const std::string url = "sqlite://" + path.string();
  const bench::NationalData national = bench::GenerateNational(url, 250, 16);
  SystemClock clock;
  app::Application app(clock);
  Scope& scope = app.Open(url);
  auto& caches = scope.Get<results::Caches>();
  auto& results = scope.Get<results::Results>();
  for (auto _ : state) {     // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark idiom
    caches.results.Clear();  // empty each time: measure the computation, not the caches
    caches.fresh.Clear();
    auto view = results.Of(Caller::Operator(), national.ods, national.round_id);
    benchmark::DoNotOptimize(results::JsonText(*view, results.settings().thresholds));
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}
BENCHMARK(BM_ResultsFromSqlite)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace boardlens

BENCHMARK_MAIN();
