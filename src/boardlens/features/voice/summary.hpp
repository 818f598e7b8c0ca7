#pragma once
/// What the board sees of its user voice: counts per month and per service, the Friends and
/// Family Test score, themes and who reported, with every breakdown under 11 responses
/// suppressed so that no hidden count can be worked out from the rest (suppression.hpp). No I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/features/voice/report.hpp"
#include "boardlens/features/voice/suppression.hpp"

namespace boardlens::voice {

/// A percentage as published: the value, or why it is hidden.
struct ShownPercent {
  std::optional<double> value;
  Hidden why = Hidden::kFewResponses;
};

/// The parts of a report the summary counts.
struct Facts {
  std::string month;  ///< YYYY-MM
  std::optional<Id> service_id;
  Reporter reporter = Reporter::kStaff;
  std::vector<Barrier> barriers;
  FftAnswer fft = FftAnswer::kDontKnow;
};

/// A service as the summary names it (nullopt id: "something else").
struct ServiceLabel {
  std::optional<Id> id;
  std::string name;
};

struct MonthRow {
  std::string month;
  Shown reports = 0;
  /// Very good and good as a share of the answers other than "don't know", 0 to 100; hidden
  /// when there are none, when the answers are hidden, or when either side is under 11.
  ShownPercent fft_positive;
  Shown fft_answers = 0;  ///< the answers other than "don't know"
};

struct ServiceRow {
  ServiceLabel service;
  std::vector<Shown> by_month;  ///< in Summary::months order
  Shown total = 0;
};

struct Theme {
  Barrier barrier = Barrier::kOther;
  Shown reports = 0;  ///< reports that chose it (a report may choose several)
};

struct Summary {
  std::vector<std::string> months;  ///< YYYY-MM, oldest first
  Shown total = 0;
  std::vector<MonthRow> by_month;
  std::vector<ServiceRow> by_service;
  std::vector<Theme> themes;
  Shown staff = 0;
  Shown patients = 0;
};

/// The `count` months ending with the month of `today` (YYYY-MM-DD), oldest first.
std::vector<std::string> MonthsEnding(const std::string& today, int count);

/// Very good and good as a percentage of the answers other than "don't know"; nullopt when
/// fewer than `threshold` such answers.
std::optional<double> FftPositive(const std::vector<FftAnswer>& answers,
                                  std::int64_t threshold = kMinResponses);

/// The summary of `facts` over `months` (facts of other months are left out). `services` lists
/// the rows to show, in order; a report about a service not listed counts as "something else".
Summary Summarise(const std::vector<Facts>& facts, const std::vector<std::string>& months,
                  const std::vector<ServiceLabel>& services,
                  std::int64_t threshold = kMinResponses);

}  // namespace boardlens::voice
