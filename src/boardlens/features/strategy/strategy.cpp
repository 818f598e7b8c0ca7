#include "boardlens/features/strategy/strategy.hpp"

#include <cmath>
#include <map>
#include <set>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::strategy {
namespace {

std::string At(std::string_view list, std::size_t i, std::string_view field) {
  return std::string(list) + "[" + std::to_string(i) + "]." + std::string(field);
}

/// Free text that must be given, trimmed and at most `max` characters.
void Required(Problems& problems, std::string& value, const std::string& field,
              const std::string& what, std::size_t max) {
  if (Trim(value).empty()) {
    problems.Add("Enter " + what, field);
    value.clear();
    return;
  }
  problems.Check([&] { value = OptionalText(value, field, max); });
}

void Optional(Problems& problems, std::string& value, const std::string& field, std::size_t max) {
  problems.Check([&] { value = OptionalText(value, field, max); });
}

void Date(Problems& problems, std::string& value, const std::string& field) {
  value = std::string(Trim(value));
  if (!value.empty() && !IsValidDate(value)) {
    problems.Add("\"" + value + "\" is not a date written YYYY-MM-DD", field);
  }
}

/// Keys within one list are unique (0, a new item, may repeat).
template <typename T>
void UniqueKeys(Problems& problems, const std::vector<T>& items, std::string_view list) {
  std::set<Id> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].key < 0 || (items[i].key != 0 && !seen.insert(items[i].key).second)) {
      problems.Add("names an item given already, or no item", At(list, i, "key"));
    }
  }
  if (items.size() > kMaxListLength) {
    problems.Add("a strategy holds at most " + std::to_string(kMaxListLength) + " of these",
                 std::string(list));
  }
}

/// An outcome linked to a measure is judged against its trajectory, so its baseline and target
/// are numbers and it has a date (and a baseline date, if given, before it).
void LinkedOutcome(Problems& problems, const Outcome& o, std::size_t i) {
  if (*o.measure_id <= 0) {
    problems.Add("Choose a measure of one of the organisation's services",
                 At("outcomes", i, "measure_id"));
  }
  const auto number = [&](const std::string& value, const char* field, const char* what) {
    if (!NumberOf(value)) {
      problems.Add(std::string("Enter the ") + what +
                       " as a number in the measure's unit, such as 95 or 12.5",
                   At("outcomes", i, field));
    }
  };
  number(o.baseline, "baseline", "baseline");
  number(o.target, "target", "target");
  if (o.due_on.empty()) {
    problems.Add("Enter the date by which the target is to be met", At("outcomes", i, "due_on"));
  } else if (IsValidDate(o.baseline_on) && IsValidDate(o.due_on) && o.baseline_on >= o.due_on) {
    problems.Add("The baseline's date must come before the target's",
                 At("outcomes", i, "baseline_on"));
  }
}

std::string Or(const std::string& text, std::string_view fallback = "not given") {
  return text.empty() ? std::string(fallback) : text;
}

std::string OutcomeText(const Outcome& o) {
  return o.title + "; measure: " + Or(o.measure) +
         (o.measure_id ? " (linked to service measure " + std::to_string(*o.measure_id) + ")"
                       : "") +
         "; baseline: " + Or(o.baseline) +
         (o.baseline_on.empty() ? "" : " on " + DateText(o.baseline_on)) +
         "; target: " + Or(o.target) + "; by: " + Or(DateText(o.due_on));
}

std::string PriorityText(const Priority& p, std::size_t rank) {
  return "Rank " + std::to_string(rank) + (p.top ? ", top priority" : "") + ": " + p.title +
         (p.description.empty() ? "" : " (" + p.description + ")");
}

std::string NotDoingText(const NotDoing& n) { return n.what + "; because: " + n.reason; }

/// Items of one list matched by key: added, removed and changed, in the current order (the
/// removed after).
template <typename T, typename Text, typename Name>
void ListChanges(std::vector<Change>& out, const std::string& part, const std::vector<T>& before,
                 const std::vector<T>& after, Text text, Name name) {
  std::map<Id, std::pair<std::size_t, const T*>> old;
  for (std::size_t i = 0; i < before.size(); ++i) old[before[i].key] = {i, &before[i]};
  for (std::size_t i = 0; i < after.size(); ++i) {
    const auto it = old.find(after[i].key);
    const std::string now = text(after[i], i);
    if (it == old.end()) {
      out.push_back({Change::Kind::kAdded, part, name(after[i]), {}, now});
      continue;
    }
    const std::string then = text(*it->second.second, it->second.first);
    if (then != now) out.push_back({Change::Kind::kChanged, part, name(after[i]), then, now});
    old.erase(it);
  }
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (old.contains(before[i].key)) {
      out.push_back({Change::Kind::kRemoved, part, name(before[i]), text(before[i], i), {}});
    }
  }
}

void FieldChange(std::vector<Change>& out, const std::string& part, const std::string& before,
                 const std::string& after) {
  if (before != after) out.push_back({Change::Kind::kChanged, part, {}, Or(before), Or(after)});
}

std::string SystemLink(const StrategyInput& s) {
  return s.system_title + (s.system_url.empty() ? "" : " (" + s.system_url + ")");
}

}  // namespace

void CheckStrategy(StrategyInput& in) {
  Problems problems;
  Required(problems, in.vision, "vision", "the vision", kMaxVisionLength);
  const auto year = [&](int value, const char* field, const char* what) {
    if (value < kEarliestYear || value > kLatestYear) {
      problems.Add(std::string("Enter the year the strategy ") + what + " as 4 digits, from " +
                       std::to_string(kEarliestYear) + " to " + std::to_string(kLatestYear),
                   field);
      return false;
    }
    return true;
  };
  const bool start = year(in.horizon_start, "horizon_start", "starts");
  const bool end = year(in.horizon_end, "horizon_end", "ends");
  if (start && end && in.horizon_end < in.horizon_start) {
    problems.Add("The horizon must end in or after the year it starts", "horizon_end");
  }
  Date(problems, in.reviewed_on, "reviewed_on");
  Date(problems, in.next_review_on, "next_review_on");
  if (IsValidDate(in.reviewed_on) && IsValidDate(in.next_review_on) &&
      in.next_review_on <= in.reviewed_on) {
    problems.Add("The next review must come after the last one", "next_review_on");
  }
  Optional(problems, in.system_title, "system_title", kMaxItemTextLength);
  in.system_url = std::string(Trim(in.system_url));
  if (!in.system_url.empty()) {
    if ((!in.system_url.starts_with("https://") && !in.system_url.starts_with("http://")) ||
        in.system_url.size() > kMaxUrlLength ||
        in.system_url.find_first_of(" \t\r\n\"<>") != std::string::npos) {
      problems.Add("Enter the web address of the system strategy, starting https://", "system_url");
    } else if (in.system_title.empty()) {
      problems.Add("Enter the title of the system strategy the address is for", "system_title");
    }
  }
  for (std::size_t i = 0; i < in.outcomes.size(); ++i) {
    Outcome& o = in.outcomes[i];
    Required(problems, o.title, At("outcomes", i, "title"), "the outcome", kMaxItemTextLength);
    Optional(problems, o.measure, At("outcomes", i, "measure"), kMaxItemTextLength);
    Optional(problems, o.baseline, At("outcomes", i, "baseline"), kMaxItemTextLength);
    Optional(problems, o.target, At("outcomes", i, "target"), kMaxItemTextLength);
    Date(problems, o.due_on, At("outcomes", i, "due_on"));
    Date(problems, o.baseline_on, At("outcomes", i, "baseline_on"));
    if (o.measure_id) LinkedOutcome(problems, o, i);
  }
  for (std::size_t i = 0; i < in.priorities.size(); ++i) {
    Priority& p = in.priorities[i];
    Required(problems, p.title, At("priorities", i, "title"), "the priority", kMaxItemTextLength);
    Optional(problems, p.description, At("priorities", i, "description"), kMaxItemTextLength);
  }
  for (std::size_t i = 0; i < in.not_doing.size(); ++i) {
    NotDoing& n = in.not_doing[i];
    Required(problems, n.what, At("not_doing", i, "what"), "what the strategy will not do",
             kMaxItemTextLength);
    Required(problems, n.reason, At("not_doing", i, "reason"), "the reason for not doing it",
             kMaxItemTextLength);
  }
  UniqueKeys(problems, in.outcomes, "outcomes");
  UniqueKeys(problems, in.priorities, "priorities");
  UniqueKeys(problems, in.not_doing, "not_doing");
  problems.ThrowIfAny();
}

std::string HorizonText(const StrategyInput& s) {
  return std::to_string(s.horizon_start) + " to " + std::to_string(s.horizon_end);
}

std::size_t TopCount(const StrategyInput& s) {
  std::size_t n = 0;
  for (const Priority& p : s.priorities) n += p.top ? 1 : 0;
  return n;
}

std::vector<Change> Changes(const StrategyInput& a, const StrategyInput& b) {
  std::vector<Change> out;
  FieldChange(out, "Vision", a.vision, b.vision);
  FieldChange(out, "Horizon", HorizonText(a), HorizonText(b));
  FieldChange(out, "Last reviewed", DateText(a.reviewed_on), DateText(b.reviewed_on));
  FieldChange(out, "Next review", DateText(a.next_review_on), DateText(b.next_review_on));
  FieldChange(out, "System strategy", SystemLink(a), SystemLink(b));
  ListChanges(
      out, "Outcome", a.outcomes, b.outcomes,
      [](const Outcome& o, std::size_t) { return OutcomeText(o); },
      [](const Outcome& o) { return o.title; });
  ListChanges(
      out, "Priority", a.priorities, b.priorities,
      [](const Priority& p, std::size_t i) { return PriorityText(p, i + 1); },
      [](const Priority& p) { return p.title; });
  ListChanges(
      out, "Not doing", a.not_doing, b.not_doing,
      [](const NotDoing& n, std::size_t) { return NotDoingText(n); },
      [](const NotDoing& n) { return n.what; });
  return out;
}

std::string KindName(Change::Kind kind) { return AsciiLower(KindLabel(kind)); }

std::string_view KindLabel(Change::Kind kind) {
  switch (kind) {
    case Change::Kind::kAdded:
      return "Added";
    case Change::Kind::kRemoved:
      return "Removed";
    case Change::Kind::kChanged:
      break;
  }
  return "Changed";
}

std::optional<double> NumberOf(const std::string& text) {
  const auto value = ParseNumber(Trim(text));
  if (!value || std::fabs(*value) > kMaxOutcomeNumber) return std::nullopt;
  return value;
}

std::vector<std::vector<std::string>> OutcomesTable(const StrategyInput& s) {
  std::vector<std::vector<std::string>> rows{
      {"key", "outcome", "measure", "baseline", "target", "due_on", "measure_id", "baseline_on"}};
  for (const Outcome& o : s.outcomes) {
    rows.push_back({std::to_string(o.key), o.title, o.measure, o.baseline, o.target, o.due_on,
                    o.measure_id ? std::to_string(*o.measure_id) : "", o.baseline_on});
  }
  return rows;
}

std::vector<std::vector<std::string>> PrioritiesTable(const StrategyInput& s) {
  std::vector<std::vector<std::string>> rows{{"key", "rank", "priority", "top", "description"}};
  for (std::size_t i = 0; i < s.priorities.size(); ++i) {
    const Priority& p = s.priorities[i];
    rows.push_back({std::to_string(p.key), std::to_string(i + 1), p.title, p.top ? "yes" : "no",
                    p.description});
  }
  return rows;
}

std::vector<std::vector<std::string>> NotDoingTable(const StrategyInput& s) {
  std::vector<std::vector<std::string>> rows{{"key", "not_doing", "reason"}};
  for (const NotDoing& n : s.not_doing) rows.push_back({std::to_string(n.key), n.what, n.reason});
  return rows;
}

}  // namespace boardlens::strategy
