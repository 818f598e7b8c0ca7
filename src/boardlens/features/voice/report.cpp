#include "boardlens/features/voice/report.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::voice {
namespace {

template <typename E>
std::string_view NameAt(const std::vector<Option>& list, E value) {
  const auto i = static_cast<std::size_t>(value);
  return i < list.size() ? list[i].name : "?";
}
template <typename E>
std::string_view LabelAt(const std::vector<Option>& list, E value) {
  const auto i = static_cast<std::size_t>(value);
  return i < list.size() ? list[i].label : "?";
}
template <typename E>
std::optional<E> Parse(const std::vector<Option>& list, std::string_view text) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].name == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "choose one of: a, b or c", from a list's names, for the API's messages.
std::string OneOf(const std::vector<Option>& list) { return NamesList(NamesOf(list)); }

}  // namespace

const std::vector<Option>& Reporters() {
  static const std::vector<Option> list{{"staff", "I work here"},
                                        {"patient", "I am a patient, carer or visitor"}};
  return list;
}

const std::vector<Option>& Barriers() {
  static const std::vector<Option> list{
      {"log_in", "I could not log in"},
      {"slow", "It was too slow"},
      {"broken", "It did not work or showed an error"},
      {"hard_to_use", "It was hard to use or to understand"},
      {"not_accessible", "It did not work with my access needs or assistive technology"},
      {"repeat", "I had to enter the same thing more than once"},
      {"no_access", "I had no device or connection to use it"},
      {"other", "Something else"}};
  return list;
}

const std::vector<Option>& HowOftens() {
  static const std::vector<Option> list{{"first_time", "This was the first time"},
                                        {"sometimes", "Sometimes"},
                                        {"often", "Often"},
                                        {"every_time", "Every time I use it"}};
  return list;
}

const std::vector<Option>& Impacts() {
  static const std::vector<Option> list{{"little", "A little: a small annoyance"},
                                        {"some", "Some: it cost me time"},
                                        {"a_lot", "A lot: it held up care or my work"},
                                        {"stopped", "I could not do what I needed to"}};
  return list;
}

const std::vector<Option>& FftAnswers() {
  static const std::vector<Option> list{
      {"very_good", "Very good"}, {"good", "Good"},           {"neither", "Neither good nor poor"},
      {"poor", "Poor"},           {"very_poor", "Very poor"}, {"dont_know", "Don't know"}};
  return list;
}

std::vector<std::string_view> NamesOf(const std::vector<Option>& list) {
  std::vector<std::string_view> names;
  names.reserve(list.size());
  for (const Option& option : list) names.push_back(option.name);
  return names;
}

std::string_view ToString(Reporter v) { return NameAt(Reporters(), v); }
std::string_view ToString(Barrier v) { return NameAt(Barriers(), v); }
std::string_view ToString(HowOften v) { return NameAt(HowOftens(), v); }
std::string_view ToString(Impact v) { return NameAt(Impacts(), v); }
std::string_view ToString(FftAnswer v) { return NameAt(FftAnswers(), v); }
std::string_view LabelOf(Reporter v) { return LabelAt(Reporters(), v); }
std::string_view LabelOf(Barrier v) { return LabelAt(Barriers(), v); }
std::string_view LabelOf(HowOften v) { return LabelAt(HowOftens(), v); }
std::string_view LabelOf(Impact v) { return LabelAt(Impacts(), v); }
std::string_view LabelOf(FftAnswer v) { return LabelAt(FftAnswers(), v); }

std::optional<Reporter> ParseReporter(std::string_view t) {
  return Parse<Reporter>(Reporters(), t);
}
std::optional<HowOften> ParseHowOften(std::string_view t) {
  return Parse<HowOften>(HowOftens(), t);
}
std::optional<Impact> ParseImpact(std::string_view t) { return Parse<Impact>(Impacts(), t); }
std::optional<FftAnswer> ParseFft(std::string_view t) { return Parse<FftAnswer>(FftAnswers(), t); }

std::string JoinBarriers(const std::vector<Barrier>& barriers) {
  std::string out;
  for (const Barrier b : barriers) {
    if (!out.empty()) out += ';';
    out += ToString(b);
  }
  return out;
}

std::vector<Barrier> SplitBarriers(std::string_view text) {
  std::vector<Barrier> out;
  while (!text.empty()) {
    const std::string_view name = text.substr(0, text.find(';'));
    text.remove_prefix(std::min(text.size(), name.size() + 1));
    if (const auto b = Parse<Barrier>(Barriers(), name)) out.push_back(*b);
  }
  return out;
}

bool IsEmailOrPhone(std::string_view contact) {
  if (NormaliseEmail(contact)) return true;
  int digits = 0;
  for (std::size_t i = 0; i < contact.size(); ++i) {
    const char c = contact[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (std::string_view(" ()-.").find(c) == std::string_view::npos &&
               !(c == '+' && i == 0)) {
      return false;
    }
  }
  return digits >= 10 && digits <= 15;
}

std::string CheckHelp(std::string_view text) { return OptionalText(text, "help", kMaxHelp); }

Report CheckReport(const ReportInput& in, const std::vector<Id>& service_ids) {
  Report r;
  Problems problems;
  if (in.service == "other") {
    r.service_id = std::nullopt;
  } else {
    const auto known = std::find_if(service_ids.begin(), service_ids.end(),
                                    [&](Id id) { return std::to_string(id) == in.service; });
    if (known == service_ids.end()) {
      problems.Add("choose the service, or something else", "service");
    } else {
      r.service_id = *known;
    }
  }
  if (const auto v = ParseReporter(in.reporter)) {
    r.reporter = *v;
  } else {
    problems.Add("choose whether you work here or are a patient: " + OneOf(Reporters()),
                 "reporter");
  }
  std::vector<bool> chosen(kBarrierCount, false);
  bool bad_barrier = false;
  for (const std::string& name : in.barriers) {
    const auto b = Parse<Barrier>(Barriers(), name);
    if (!b) {
      bad_barrier = true;
    } else {
      chosen[static_cast<std::size_t>(*b)] = true;
    }
  }
  for (std::size_t i = 0; i < kBarrierCount; ++i) {
    if (chosen[i]) r.barriers.push_back(static_cast<Barrier>(i));
  }
  if (bad_barrier) {
    problems.Add("choose what got in the way from the list: " + OneOf(Barriers()), "barriers");
  } else if (r.barriers.empty()) {
    problems.Add("choose what got in the way", "barriers");
  }
  problems.Check(
      [&] { r.what_happened = OptionalText(in.what_happened, "what_happened", kMaxWhatHappened); });
  if (const auto v = ParseHowOften(in.how_often)) {
    r.how_often = *v;
  } else {
    problems.Add("choose how often it happens: " + OneOf(HowOftens()), "how_often");
  }
  if (const auto v = ParseImpact(in.impact)) {
    r.impact = *v;
  } else {
    problems.Add("choose how much it mattered: " + OneOf(Impacts()), "impact");
  }
  if (const auto v = ParseFft(in.fft)) {
    r.fft = *v;
  } else {
    problems.Add("choose how your experience was overall: " + OneOf(FftAnswers()), "fft");
  }
  problems.Check(
      [&] { r.contact = OptionalText(in.contact, "contact", kMaxContact, Lines::kOne); });
  if (!r.contact.empty() && !IsEmailOrPhone(r.contact)) {
    problems.Add(
        "enter an email address, like name@example.com, or a phone number, like 01632 "
        "960 001",
        "contact");
  }
  if (!r.contact.empty() && !in.consent) {
    problems.Add("tick the box to agree that we may contact you, or leave your contact details out",
                 "consent");
  }
  if (!in.consent) r.contact.clear();
  problems.ThrowIfAny();
  return r;
}

ReportFilter ReadReportFilter(const std::function<std::string(std::string_view)>& get,
                              const std::vector<std::string>& months, bool paged) {
  ReportFilter f;
  Problems problems;
  f.service = get("service");
  if (!f.service.empty() && f.service != "other" &&
      (f.service.size() > 18 || !AllDigits(f.service))) {
    problems.Add("choose a service by its id, or other for something else", "service");
  }
  f.month = get("month");
  if (!f.month.empty() && std::find(months.begin(), months.end(), f.month) == months.end()) {
    problems.Add("choose a month of the last 12, written YYYY-MM", "month");
  }
  f.barrier = get("barrier");
  if (!f.barrier.empty() && !Parse<Barrier>(Barriers(), f.barrier)) {
    problems.Add("choose what got in the way from the list: " + OneOf(Barriers()), "barrier");
  }
  f.reporter = get("reporter");
  if (!f.reporter.empty() && !ParseReporter(f.reporter)) {
    problems.Add("choose who reported: " + OneOf(Reporters()), "reporter");
  }
  problems.Check(
      [&] { f.search = OptionalText(get("search"), "search", kMaxSearch, Lines::kOne); });
  const std::string page = get("page");
  if (page.empty()) {
    f.page = paged ? 1 : 0;
  } else if (page.size() > 6 || !AllDigits(page) || std::stoi(page) < 1) {
    problems.Add("the page is a whole number from 1", "page");
  } else {
    f.page = std::stoi(page);
  }
  problems.ThrowIfAny();
  return f;
}

std::pair<std::string, std::string> MonthRange(const std::string& month) {
  const int year = std::stoi(month.substr(0, 4));
  const int m = std::stoi(month.substr(5, 2));
  const int next_year = m == 12 ? year + 1 : year;
  const int next = m == 12 ? 1 : m + 1;
  return {month + "-01",
          std::to_string(next_year) + (next < 10 ? "-0" : "-") + std::to_string(next) + "-01"};
}

void CheckChange(ChangeInput& in) {
  Problems problems;
  // Characters, as people count them, like the form's character count.
  problems.Check([&] { in.heard = OptionalText(in.heard, "heard", kMaxChangeText); });
  if (in.heard.empty()) problems.Add("say what staff or patients said", "heard");
  problems.Check([&] { in.did = OptionalText(in.did, "did", kMaxChangeText); });
  if (in.did.empty()) problems.Add("say what the organisation did", "did");
  if (!IsValidDate(in.done_on)) {
    problems.Add("\"" + in.done_on + "\" is not a date written YYYY-MM-DD", "done_on");
  }
  problems.ThrowIfAny();
}

}  // namespace boardlens::voice
