#include "boardlens/features/assurance/triangulation.hpp"

#include <algorithm>
#include <cstdio>

#include "boardlens/base/names.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/services/spc.hpp"
#include "boardlens/features/voice/summary.hpp"
#include "boardlens/features/voice/suppression.hpp"

namespace boardlens::assurance {
namespace {

constexpr NameTable<GapKind, 4> kGapKinds{{{GapKind::kHeardAgainstRead, "heard_against_read"},
                                           {GapKind::kSeenAgainstRead, "seen_against_read"},
                                           {GapKind::kSelfAssessment, "self_assessment"},
                                           {GapKind::kQuestion, "question"}}};

std::string Counted(std::int64_t count, std::string_view one, std::string_view many) {
  return WithThousands(count) + " " + std::string(count == 1 ? one : many);
}

std::string KeyOf(std::string_view kind, const Subject& subject) {
  return std::string(kind) + ":" + std::string(observations::ToString(subject.kind)) + ":" +
         std::to_string(subject.id);
}

}  // namespace

/// A response is an action agreed on the gap, or a reason accepted for it.
constexpr NameTable<bool, 2> kResponseKinds{{{true, "action"}, {false, "reason"}}};

std::string OneDecimal(double value) {
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.1f", value);
  return text.data();
}

std::string_view KindOf(const Response& response) {
  return NameOf(kResponseKinds, response.action_id.has_value());
}
std::vector<std::string_view> ResponseKindNames() { return Names(kResponseKinds); }

std::string_view ToString(GapKind kind) { return NameOf(kGapKinds, kind); }
std::vector<std::string_view> GapKindNames() { return Names(kGapKinds); }

const ThemeEvidence* EvidenceFor(std::string_view theme) {
  const auto found = std::find_if(kThemeEvidence.begin(), kThemeEvidence.end(),
                                  [&](const ThemeEvidence& e) { return e.theme == theme; });
  return found == kThemeEvidence.end() ? nullptr : &*found;
}

bool ReadIsPositive(const Row& row) {
  if (row.subject.kind == SubjectKind::kProgramme) {
    return row.read.confidence == portfolio::Confidence::kGreen ||
           row.read.confidence == portfolio::Confidence::kAmberGreen;
  }
  return row.read.measures > 0 && row.read.measures_of_concern == 0;
}

bool HeardShowsConcern(const Heard& heard) {
  return heard.reports_rising || heard.satisfaction_of_concern > 0;
}

bool SeenIsPoor(const Seen& seen) {
  return seen.mean_rating && *seen.mean_rating <= kSeenPoorAtMost;
}

Seen SeenOf(const Subject& subject, const std::vector<observations::Observation>& shared,
            const std::string& today) {
  const std::string since = voice::MonthsEnding(today, kRecentMonths).front() + "-01";
  Seen seen;
  double total = 0;
  for (const auto& o : shared) {
    if (o.shared_at == 0 || o.what.subject != subject || o.what.observed_on < since ||
        o.what.observed_on > today) {
      continue;
    }
    seen.count += 1;
    total += o.what.rating.value_or(0);
  }
  if (seen.count > 0) seen.mean_rating = total / seen.count;
  return seen;
}

bool CountsRising(const std::vector<std::optional<std::int64_t>>& monthly,
                  const std::vector<std::string>& months) {
  std::vector<services::SpcPoint> points;
  for (std::size_t i = 0; i < monthly.size() && i < months.size(); ++i) {
    if (!monthly[i]) return false;
    points.push_back({months[i] + "-01", static_cast<double>(*monthly[i]), {}});
  }
  if (points.size() < 2) return false;
  services::SpcOptions options;
  options.improvement = services::Improvement::kDown;
  const services::SpcChart chart = services::ComputeSpc(points, options);
  return chart.variation == services::PointType::kConcern;
}

std::vector<Gap> FindGaps(const std::vector<Row>& rows, const Board& board) {
  std::vector<Gap> gaps;
  for (const Row& row : rows) {
    if (!ReadIsPositive(row)) continue;
    const std::string read = DescribeRead(row);
    if (row.subject.kind == SubjectKind::kService && HeardShowsConcern(row.heard)) {
      gaps.push_back({GapKind::kHeardAgainstRead,
                      KeyOf("heard", row.subject),
                      row.name + ": the papers are positive, but users' reports show concern",
                      {"Read: " + read, "Heard: " + DescribeHeard(row.heard)},
                      row.subject,
                      {},
                      std::nullopt});
    }
    if (SeenIsPoor(row.seen)) {
      gaps.push_back({GapKind::kSeenAgainstRead,
                      KeyOf("seen", row.subject),
                      row.name + ": the papers are positive, but board members saw it work poorly",
                      {"Read: " + read, "Seen: " + DescribeSeen(row.seen)},
                      row.subject,
                      {},
                      std::nullopt});
    }
  }
  if (board.self_assessment && board.reports_rising) {
    for (const auto& theme : board.self_assessment->themes) {
      const bool checked = std::find(kThemesUsersReportOn.begin(), kThemesUsersReportOn.end(),
                                     theme.ref) != kThemesUsersReportOn.end();
      if (!checked || !theme.mean || *theme.mean < kSelfRatingAtLeast) continue;
      gaps.push_back(
          {GapKind::kSelfAssessment,
           "self-assessment:" + theme.ref,
           "The board rates itself well on " + theme.title + " while barrier reports are rising",
           {"Read: the board's mean rating of " + theme.title + " in " +
                board.self_assessment->round_title + " is " + OneDecimal(*theme.mean) + " out of 5",
            "Heard: barrier reports show special-cause concern, rising above their usual "
            "variation"},
           std::nullopt,
           theme.ref,
           std::nullopt});
    }
  }
  for (const auto& q : board.questions) {
    const bool reports = board.reports.value_or(0) > 0;
    if (q.ref == kBarriersQuestion && q.status == questions::Status::kNotStarted && reports) {
      gaps.push_back(
          {GapKind::kQuestion,
           "question:" + q.ref,
           "\"" + q.title +
               "\" is recorded as not started, yet users are reporting "
               "barriers",
           {"Read: the board question is not started",
            "Heard: " + Counted(*board.reports, "user-voice report", "user-voice reports") +
                " in the last " + std::to_string(kRecentMonths) + " months"},
           std::nullopt,
           q.ref,
           std::nullopt});
    }
    if (q.ref == kServicesQuestion && q.status == questions::Status::kAssured &&
        board.services_of_concern > 0) {
      gaps.push_back(
          {GapKind::kQuestion,
           "question:" + q.ref,
           "\"" + q.title + "\" is recorded as assured, yet a service shows concern",
           {"Read: the board question is assured",
            "Read: " + Counted(board.services_of_concern, "service has", "services have") +
                " a measure showing special-cause concern or failing its target"},
           std::nullopt,
           q.ref,
           std::nullopt});
    }
  }
  return gaps;
}

std::string DescribeRead(const Row& row) {
  if (row.subject.kind == SubjectKind::kProgramme) {
    return row.read.confidence
               ? "delivery confidence " + AsciiLower(portfolio::Label(*row.read.confidence))
               : "no delivery confidence reported";
  }
  if (row.read.measures == 0) return "no measures";
  return Counted(row.read.measures, "measure", "measures") + ", " +
         (row.read.measures_of_concern == 0
              ? std::string("none showing concern")
              : std::to_string(row.read.measures_of_concern) + " showing concern");
}

std::string DescribeHeard(const Heard& heard) {
  std::string out = heard.reports
                        ? Counted(*heard.reports, "report", "reports")
                        : "fewer than " + std::to_string(voice::kMinResponses) + " reports";
  out += " in " + std::to_string(kRecentMonths) + " months";
  if (heard.reports_rising) out += ", rising";
  if (heard.satisfaction_measures > 0) {
    out +=
        "; satisfaction: " +
        (heard.satisfaction_of_concern == 0
             ? std::string("no concern")
             : Counted(heard.satisfaction_of_concern, "measure", "measures") + " showing concern");
  }
  return out;
}

std::string DescribeSeen(const Seen& seen) {
  if (seen.count == 0) return "not seen in " + std::to_string(kRecentMonths) + " months";
  return Counted(seen.count, "observation", "observations") + ", average rating " +
         OneDecimal(*seen.mean_rating) + " out of 5";
}

}  // namespace boardlens::assurance
