// A large export as a workbook: rows like the user-voice reports (a date, words, counts), so
// many that a spreadsheet would hold them all. libxlsxwriter's constant-memory mode writes
// each row to a temporary file as it goes.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "boardlens/xlsx/workbook.hpp"

namespace boardlens {
namespace {

void BM_LargeWorkbook(benchmark::State& state) {
  const auto rows = static_cast<std::size_t>(state.range(0));
  xlsx::Sheet sheet{"Voice reports",
                    {{"received_on", "service", "reporter", "barriers", "what_happened",
                      "how_often", "impact", "fft"}}};
  sheet.rows.reserve(rows + 1);
  for (std::size_t i = 0; i < rows; ++i) {
    sheet.rows.push_back(
        {"2026-" + std::string(i % 12 < 9 ? "0" : "") + std::to_string(i % 12 + 1) + "-15",
         "Patient portal", "patient", "slow",
         "The page took a minute to load on the ward's shared computer.", "every_time",
         std::to_string(i % 5), std::to_string(i)});
  }
  std::size_t bytes = 0;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark idiom
    const std::string book = xlsx::Workbook({sheet});
    bytes = book.size();
    benchmark::DoNotOptimize(book.data());
  }
  state.counters["xlsx_bytes"] = static_cast<double>(bytes);
  state.counters["rows_per_second"] =
      benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LargeWorkbook)->Arg(3000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace boardlens
