#pragma once
/// What the board sees of its user voice: counts per month and per service, the Friends and
/// Family Test score, themes and who reported, with every breakdown under 11 responses
/// suppressed (the NHS Staff Survey's threshold, DESIGN.md "Suppression"). No I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/features/voice/report.hpp"

namespace boardlens::voice {

/// Fewer responses than this and a breakdown is not shown.
inline constexpr std::int64_t kMinResponses = 11;
/// What a suppressed figure says instead of a number.
inline constexpr std::string_view kSuppressed = "fewer than 11 responses";

/// A count as published: the number, or nullopt when it is suppressed.
using Shown = std::optional<std::int64_t>;

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
  Shown reports;
  /// Very good and good as a share of the answers other than "don't know", 0 to 100; nullopt
  /// when those answers are suppressed (or there are none).
  std::optional<double> fft_positive;
  Shown fft_answers;  ///< the answers other than "don't know"
};

struct ServiceRow {
  ServiceLabel service;
  std::vector<Shown> by_month;  ///< in Summary::months order
  Shown total;
};

struct Theme {
  Barrier barrier = Barrier::kOther;
  Shown reports;  ///< reports that chose it (a report may choose several)
};

struct Summary {
  std::vector<std::string> months;  ///< YYYY-MM, oldest first
  Shown total;
  std::vector<MonthRow> by_month;
  std::vector<ServiceRow> by_service;
  std::vector<Theme> themes;
  Shown staff;
  Shown patients;
};

/// The `count` months ending with the month of `today` (YYYY-MM-DD), oldest first.
std::vector<std::string> MonthsEnding(const std::string& today, int count);

/// Each count under `threshold` hidden. When the counts split a total that is shown, one hidden
/// count could be worked out by difference, so the smallest shown count hides with it.
std::vector<Shown> Suppress(const std::vector<std::int64_t>& counts, bool total_shown,
                            std::int64_t threshold = kMinResponses);

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
