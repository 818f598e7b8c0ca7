#pragma once
/// User voice: what staff and patients report about the digital services that got in their
/// way, the fixed choices of the one-minute form, and the rules for a report. No I/O.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::voice {

enum class Reporter : std::uint8_t { kStaff, kPatient };

/// What got in the way: a short fixed list, so that themes can be counted.
enum class Barrier : std::uint8_t {
  kLogIn,
  kSlow,
  kBroken,
  kHardToUse,
  kNotAccessible,
  kRepeat,
  kNoAccess,
  kOther
};
inline constexpr std::size_t kBarrierCount = 8;

enum class HowOften : std::uint8_t { kFirstTime, kSometimes, kOften, kEveryTime };
enum class Impact : std::uint8_t { kLittle, kSome, kALot, kStopped };

/// The six answers of the NHS Friends and Family Test, best first.
enum class FftAnswer : std::uint8_t { kVeryGood, kGood, kNeither, kPoor, kVeryPoor, kDontKnow };

/// One fixed choice: the word the form, the API and the database use, and what people read.
struct Option {
  std::string_view name;
  std::string_view label;
};

/// Each list in the order the form shows it; an enum's value is its index.
const std::vector<Option>& Reporters();
const std::vector<Option>& Barriers();
const std::vector<Option>& HowOftens();
const std::vector<Option>& Impacts();
const std::vector<Option>& FftAnswers();
/// The names of `list`'s options, in order: the words the API takes and describes.
std::vector<std::string_view> NamesOf(const std::vector<Option>& list);

/// The Friends and Family Test question, adapted to digital services.
inline constexpr std::string_view kFftQuestion =
    "Overall, how was your experience of our digital services?";

inline constexpr std::size_t kMaxWhatHappened = 1000;  ///< characters
inline constexpr std::size_t kMaxContact = 200;        ///< characters

/// An email address (one @, a dot after it) or a phone number (10 to 15 digits, with spaces,
/// brackets, dashes or a leading +).
bool IsEmailOrPhone(std::string_view contact);

inline constexpr std::size_t kMaxHelp = 1000;  ///< characters
/// Where the public form sends people who need help now, or want to raise a concern, until the
/// secretary writes the organisation's own (naming its patient advice and liaison service).
inline constexpr std::string_view kDefaultHelp =
    "This form is not for urgent help: nobody reads it straight away.\n\n"
    "If someone's life is at risk, call 999. If you need medical help urgently and it is not an "
    "emergency, go to 111.nhs.uk or call 111.\n\n"
    "To raise a concern or make a complaint about care, contact our patient advice and liaison "
    "service (PALS): ask at any of our receptions, or search for PALS on our website.";
/// The help text as stored: trimmed, at most kMaxHelp characters; empty means kDefaultHelp.
std::string CheckHelp(std::string_view text);

/// What a person sends through the form, as words; checked by CheckReport.
struct ReportInput {
  std::string service;  ///< a service's id, or "other"
  std::string reporter;
  std::vector<std::string> barriers;
  std::string what_happened;
  std::string how_often;
  std::string impact;
  std::string fft;
  std::string contact;
  bool consent = false;  ///< ticked "you may contact me about this"
};

/// A report as stored.
struct Report {
  Id id = 0;
  Id org_id = 0;
  std::optional<Id> service_id;  ///< nullopt: "something else"
  Reporter reporter = Reporter::kStaff;
  std::vector<Barrier> barriers;  ///< in list order, no repeats
  std::string what_happened;
  HowOften how_often = HowOften::kFirstTime;
  Impact impact = Impact::kLittle;
  FftAnswer fft = FftAnswer::kDontKnow;
  std::string received_on;  ///< YYYY-MM-DD: the day only, never the time
  std::string contact;      ///< empty unless given with consent
};

/// Checks every field at once against the fixed lists and `service_ids` (the services the
/// form offers the reporter) and throws one Invalid naming each field at fault. A contact is
/// an email address or a phone number and needs consent; a consent without a contact keeps
/// nothing.
Report CheckReport(const ReportInput& input, const std::vector<Id>& service_ids);

std::string_view ToString(Reporter v);
std::string_view ToString(Barrier v);
std::string_view ToString(HowOften v);
std::string_view ToString(Impact v);
std::string_view ToString(FftAnswer v);
std::string_view LabelOf(Barrier v);
std::string_view LabelOf(FftAnswer v);
std::string_view LabelOf(HowOften v);
std::string_view LabelOf(Impact v);
std::string_view LabelOf(Reporter v);

/// The barriers as stored: names joined by ';'. Unknown names are skipped when read.
std::string JoinBarriers(const std::vector<Barrier>& barriers);
std::vector<Barrier> SplitBarriers(std::string_view text);
/// Parses a stored name, or nullopt.
std::optional<Reporter> ParseReporter(std::string_view text);
std::optional<HowOften> ParseHowOften(std::string_view text);
std::optional<Impact> ParseImpact(std::string_view text);
std::optional<FftAnswer> ParseFft(std::string_view text);

/// Which of the last 12 months' reports the board's list shows. Every filter is optional;
/// an empty one lets everything through.
struct ReportFilter {
  std::string service;   ///< a service's id, or "other" for "something else"
  std::string month;     ///< YYYY-MM, one of the list's months
  std::string barrier;   ///< a barrier's name
  std::string reporter;  ///< staff or patient
  std::string search;    ///< words to find in what happened, in any case
  int page = 0;          ///< counted from 1; 0 for every report at once (CSV, API)

  bool any() const {
    return !service.empty() || !month.empty() || !barrier.empty() || !reporter.empty() ||
           !search.empty();
  }
};

/// Reports on a page of the list: a phone scrolls through this many without strain.
inline constexpr int kReportsPerPage = 25;
inline constexpr std::size_t kMaxSearch = 100;  ///< characters

/// The filter from a request's query (`get` reads one parameter; absent is ""), checked against
/// the `months` the list covers. Throws one Invalid naming each parameter at fault. `paged`:
/// a missing page is page 1 rather than every report.
ReportFilter ReadReportFilter(const std::function<std::string(std::string_view)>& get,
                              const std::vector<std::string>& months, bool paged);

/// The first day of `month` (YYYY-MM) and of the month after, for a range of received_on.
std::pair<std::string, std::string> MonthRange(const std::string& month);

/// "You said, we did": what the board heard and what it changed as a result.
struct ChangeInput {
  std::string heard;
  std::string did;
  std::string done_on;  ///< YYYY-MM-DD
  bool published = false;
};

struct Change {
  Id id = 0;
  Id org_id = 0;
  ChangeInput what;
  std::optional<Id> created_by, updated_by;
  std::int64_t created_at = 0, updated_at = 0;
};

inline constexpr std::size_t kMaxChangeText = 1000;

/// Trims and checks every field at once; throws one Invalid naming each field at fault.
void CheckChange(ChangeInput& input);

}  // namespace boardlens::voice
