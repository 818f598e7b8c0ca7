#include "boardlens/features/voice/summary.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace boardlens::voice {

std::vector<std::string> MonthsEnding(const std::string& today, int count) {
  int year = std::stoi(today.substr(0, 4));
  int month = std::stoi(today.substr(5, 2));
  std::vector<std::string> out(static_cast<std::size_t>(std::max(count, 0)));
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    *it = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
    if (--month == 0) {
      month = 12;
      --year;
    }
  }
  return out;
}

namespace {
/// With the total shown, a single hidden count is the total minus the rest: hide the next
/// smallest with it.
void HideASecond(std::vector<Shown>& out, const std::vector<std::int64_t>& counts,
                 bool total_shown) {
  std::size_t hidden = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) hidden += !out[i] && counts[i] > 0 ? 1 : 0;
  if (!total_shown || hidden != 1) return;
  std::optional<std::size_t> smallest;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    if (out[i] && counts[i] > 0 && (!smallest || counts[i] < counts[*smallest])) smallest = i;
  }
  if (smallest) out[*smallest] = std::nullopt;
}
}  // namespace

std::vector<Shown> Suppress(const std::vector<std::int64_t>& counts, bool total_shown,
                            std::int64_t threshold) {
  std::vector<Shown> out;
  out.reserve(counts.size());
  for (const std::int64_t n : counts) {
    // A count of nobody reveals no one, and hiding it would only hide that nobody reported.
    out.emplace_back(n > 0 && n < threshold ? Shown() : Shown(n));
  }
  HideASecond(out, counts, total_shown);
  return out;
}

std::optional<double> FftPositive(const std::vector<FftAnswer>& answers, std::int64_t threshold) {
  std::int64_t positive = 0;
  std::int64_t counted = 0;
  for (const FftAnswer a : answers) {
    if (a == FftAnswer::kDontKnow) continue;
    ++counted;
    if (a == FftAnswer::kVeryGood || a == FftAnswer::kGood) ++positive;
  }
  // The score and the number of answers would give each side's count: both must be large.
  const std::int64_t other = counted - positive;
  if (counted == 0 || (positive > 0 && positive < threshold) || (other > 0 && other < threshold)) {
    return std::nullopt;
  }
  return 100.0 * static_cast<double>(positive) / static_cast<double>(counted);
}

namespace {
Shown ShownIf(std::int64_t n, std::int64_t threshold) {
  return n > 0 && n < threshold ? Shown() : Shown(n);
}
}  // namespace

Summary Summarise(const std::vector<Facts>& facts, const std::vector<std::string>& months,
                  const std::vector<ServiceLabel>& services, std::int64_t threshold) {
  Summary s;
  s.months = months;
  std::map<std::string, std::size_t> month_index;
  for (std::size_t i = 0; i < months.size(); ++i) month_index[months[i]] = i;
  std::size_t other_row = services.size();
  for (std::size_t i = 0; i < services.size(); ++i) {
    if (!services[i].id) other_row = i;
  }
  const std::size_t rows = services.size() + (other_row == services.size() ? 1 : 0);
  std::vector<std::vector<std::int64_t>> cells(rows, std::vector<std::int64_t>(months.size(), 0));
  std::vector<std::int64_t> per_month(months.size(), 0);
  std::vector<std::vector<FftAnswer>> answers(months.size());
  std::vector<std::int64_t> themes(kBarrierCount, 0);
  std::int64_t staff = 0;
  std::int64_t patients = 0;
  for (const Facts& f : facts) {
    const auto m = month_index.find(f.month);
    if (m == month_index.end()) continue;
    std::size_t row = other_row;
    for (std::size_t i = 0; i < services.size(); ++i) {
      if (services[i].id && services[i].id == f.service_id) row = i;
    }
    ++cells[row][m->second];
    ++per_month[m->second];
    answers[m->second].push_back(f.fft);
    for (const Barrier b : f.barriers) ++themes[static_cast<std::size_t>(b)];
    ++(f.reporter == Reporter::kStaff ? staff : patients);
  }
  const std::int64_t total = staff + patients;
  s.total = ShownIf(total, threshold);

  const auto month_shown = Suppress(per_month, s.total.has_value(), threshold);
  for (std::size_t m = 0; m < months.size(); ++m) {
    std::int64_t counted = 0;
    for (const FftAnswer a : answers[m]) counted += a == FftAnswer::kDontKnow ? 0 : 1;
    // The answers beside the month's reports give the "don't know"s, which must be large too;
    // and a month hidden to protect another hides its answers with it.
    const std::int64_t dont_know = per_month[m] - counted;
    const bool answers_safe =
        month_shown[m].has_value() && (dont_know == 0 || dont_know >= threshold);
    s.by_month.push_back({months[m], month_shown[m], FftPositive(answers[m], threshold),
                          answers_safe ? ShownIf(counted, threshold) : Shown()});
  }

  // Each month's cells split that month's total; each service's total splits the whole.
  std::vector<std::vector<Shown>> shown_cells(rows);
  for (std::size_t m = 0; m < months.size(); ++m) {
    std::vector<std::int64_t> column;
    for (std::size_t r = 0; r < rows; ++r) column.push_back(cells[r][m]);
    const auto shown = Suppress(column, month_shown[m].has_value(), threshold);
    for (std::size_t r = 0; r < rows; ++r) shown_cells[r].push_back(shown[r]);
  }
  std::vector<std::int64_t> row_totals;
  row_totals.reserve(cells.size());
  for (const auto& row : cells)
    row_totals.push_back(std::accumulate(row.begin(), row.end(), std::int64_t{0}));
  auto totals_shown = Suppress(row_totals, s.total.has_value(), threshold);
  // A service's total less its shown months would give a hidden month: a row with any hidden
  // month hides its total, and then the totals are checked again against the grand total.
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t m = 0; m < months.size(); ++m) {
      if (!shown_cells[r][m] && cells[r][m] > 0) totals_shown[r] = std::nullopt;
    }
  }
  HideASecond(totals_shown, row_totals, s.total.has_value());
  for (std::size_t r = 0; r < rows; ++r) {
    const ServiceLabel label =
        r < services.size() ? services[r] : ServiceLabel{std::nullopt, "Something else"};
    s.by_service.push_back({label, shown_cells[r], totals_shown[r]});
  }

  for (std::size_t b = 0; b < kBarrierCount; ++b) {
    s.themes.push_back({static_cast<Barrier>(b), ShownIf(themes[b], threshold)});
  }
  const auto groups = Suppress({staff, patients}, s.total.has_value(), threshold);
  s.staff = groups[0];
  s.patients = groups[1];
  return s;
}

}  // namespace boardlens::voice
