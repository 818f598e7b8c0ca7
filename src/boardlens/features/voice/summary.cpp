#include "boardlens/features/voice/summary.hpp"

#include <algorithm>
#include <map>

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
  return n > 0 && n < threshold ? Shown::HiddenFor(Hidden::kFewResponses) : Shown(n);
}

/// The counts of a summary as flows (suppression.hpp): the year's reports split into months,
/// each month's into services, the services' totals add up to the year again, and the year
/// splits into staff and patients, which add up to the months:
///   months: year -> month m;  cells: month m -> service r;  totals: service r -> sum;
///   everyone: sum -> people;  staff, patients: people -> year.
struct SummaryFlows {
  static constexpr std::size_t kYear = 0, kSum = 1, kPeople = 2, kFirst = 3;
  std::size_t months;
  std::vector<Flow> flows;

  std::size_t Month(std::size_t m) const { return kFirst + m; }
  std::size_t Service(std::size_t r) const { return kFirst + months + r; }
  std::size_t Add(std::size_t from, std::size_t to, std::int64_t count) {
    flows.push_back({from, to, count});
    return flows.size() - 1;
  }
};

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

  SummaryFlows net{months.size(), {}};
  std::vector<std::size_t> month_flow;
  for (std::size_t m = 0; m < months.size(); ++m) {
    month_flow.push_back(net.Add(SummaryFlows::kYear, net.Month(m), per_month[m]));
  }
  std::vector<std::vector<std::size_t>> cell_flow(rows);
  std::vector<std::size_t> total_flow;
  for (std::size_t r = 0; r < rows; ++r) {
    std::int64_t row_total = 0;
    for (std::size_t m = 0; m < months.size(); ++m) {
      cell_flow[r].push_back(net.Add(net.Month(m), net.Service(r), cells[r][m]));
      row_total += cells[r][m];
    }
    total_flow.push_back(net.Add(net.Service(r), SummaryFlows::kSum, row_total));
  }
  const std::size_t everyone = net.Add(SummaryFlows::kSum, SummaryFlows::kPeople, staff + patients);
  const std::size_t staff_flow = net.Add(SummaryFlows::kPeople, SummaryFlows::kYear, staff);
  const std::size_t patient_flow = net.Add(SummaryFlows::kPeople, SummaryFlows::kYear, patients);
  const std::vector<Shown> shown = SuppressFlows(net.flows, threshold);

  s.total = shown[everyone];
  s.staff = shown[staff_flow];
  s.patients = shown[patient_flow];
  for (std::size_t m = 0; m < months.size(); ++m) {
    const Shown& reports = shown[month_flow[m]];
    std::int64_t counted = 0;
    for (const FftAnswer a : answers[m]) counted += a == FftAnswer::kDontKnow ? 0 : 1;
    // The answers beside the month's reports give the "don't know"s, which must be large too;
    // and a month hidden to protect another hides its answers with it.
    const std::int64_t dont_know = per_month[m] - counted;
    Shown fft_answers = ShownIf(counted, threshold);
    if (fft_answers && (!reports || (dont_know > 0 && dont_know < threshold))) {
      fft_answers = Shown::HiddenFor(Hidden::kProtectsAnother);
    }
    // No score where its count is hidden: a score and its month's reports give the count.
    ShownPercent score{std::nullopt, fft_answers ? Hidden::kFewResponses : fft_answers.why()};
    if (fft_answers) score.value = FftPositive(answers[m], threshold);
    s.by_month.push_back({months[m], reports, score, fft_answers});
  }
  for (std::size_t r = 0; r < rows; ++r) {
    const ServiceLabel label =
        r < services.size() ? services[r] : ServiceLabel{std::nullopt, "Something else"};
    std::vector<Shown> by_month;
    for (const std::size_t f : cell_flow[r]) by_month.push_back(shown[f]);
    s.by_service.push_back({label, std::move(by_month), shown[total_flow[r]]});
  }
  // Every report names at least one barrier, so the themes bound the total: it is at least
  // the largest and at most their sum. Where the total is hidden they could give it away, so
  // they hide with it; beside a shown total they tell nothing more.
  for (std::size_t b = 0; b < kBarrierCount; ++b) {
    Shown theme = ShownIf(themes[b], threshold);
    if (theme && *theme != 0 && !s.total) theme = Shown::HiddenFor(Hidden::kProtectsAnother);
    s.themes.push_back({static_cast<Barrier>(b), theme});
  }
  return s;
}

}  // namespace boardlens::voice
