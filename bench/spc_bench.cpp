// Benchmark of one measure's SPC chart (issue 11: 1,000 points in under 100 µs). Figures and
// the command that produced them are in docs/performance.md.

#include <benchmark/benchmark.h>

#include <chrono>
#include <random>

#include <fmt/format.h>

#include "boardlens/features/services/spc.hpp"

namespace boardlens {
namespace {

/// A weekly series from 2000 with what the rules look for: noise, a step up halfway, a rising
/// run and a few outliers.
std::vector<services::SpcPoint> WeeklySeries(std::size_t n) {
  std::mt19937 rng(11);
  std::normal_distribution<double> noise(0, 2);
  std::vector<services::SpcPoint> out;
  out.reserve(n);
  std::chrono::sys_days day = std::chrono::year{2000} / 1 / 3;
  const std::size_t quarter = n / 4;
  for (std::size_t i = 0; i < n; ++i) {
    const std::chrono::year_month_day ymd(day);
    double value = 90 + noise(rng) + (i >= n / 2 ? 4 : 0);
    if (i % 97 == 0) value += 15;
    if (i >= quarter && i < quarter + 8) value = 85 + static_cast<double>(i - quarter);
    out.push_back(
        {fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())),
         value});
    day += std::chrono::days{7};
  }
  return out;
}

void BM_ComputeSpc(benchmark::State& state) {
  const auto points = WeeklySeries(static_cast<std::size_t>(state.range(0)));
  services::SpcOptions options;
  options.improvement = services::Improvement::kUp;
  options.target = 92;
  options.rebase = {points[points.size() / 2].date};  // where the step is
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark idiom
    auto chart = services::ComputeSpc(points, options);
    benchmark::DoNotOptimize(chart);
  }
}
BENCHMARK(BM_ComputeSpc)->Arg(1000)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace boardlens
