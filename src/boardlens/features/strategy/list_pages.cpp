// The forms for the strategy's lists: outcomes, ranked priorities and the not-doing list.
// Each add, change or removal saves the whole strategy as a new version.

#include <algorithm>
#include <charconv>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/strategy/feature.hpp"
#include "boardlens/features/strategy/page_words.hpp"
#include "boardlens/features/strategy/strategies.hpp"

namespace boardlens::strategy {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

/// One of the lists: where its pages are, what its items are called and how its form reads.
template <typename T>
struct List {
  std::string slug;   ///< "outcomes": /strategy/outcomes/...
  std::string noun;   ///< "outcome"
  std::string title;  ///< "Add an outcome"
  std::vector<T> StrategyInput::*items;
  bool ranked = false;  ///< the form also places the item, by rank
  /// The item's fields (`value` as the form shows a field, typed or stored).
  std::function<Html(
      Visit&, const T&,
      const std::function<Field(const char*, const char*, std::string, std::string)>&,
      const DateParts&)>
      fields;
  std::function<T(Visit&, FieldErrors&, DateParts&)> read;
  const std::initializer_list<std::string_view>* field_names = nullptr;  ///< as the rules name them
};

// The forms' fields, as the rules name them (static: a list keeps only a pointer to them).
const std::initializer_list<std::string_view> kOutcomeFields{
    "title", "measure", "measure_id", "baseline", "baseline_on", "target", "due_on"};
const std::initializer_list<std::string_view> kPriorityFields{"title", "description", "top",
                                                              "rank"};
const std::initializer_list<std::string_view> kNotDoingFields{"what", "reason"};

template <typename T>
std::optional<std::size_t> IndexOf(const std::vector<T>& items, Id key) {
  const auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.key == key; });
  return it == items.end()
             ? std::nullopt
             : std::optional<std::size_t>(static_cast<std::size_t>(it - items.begin()));
}

StrategyInput RequireCurrent(Visit& v) {
  const auto current = v.Use<Strategies>().Current(v.caller, v.ods());
  if (!current)
    throw NotFound("no digital strategy has been recorded yet: record its vision first");
  return current->strategy.what;
}

template <typename T>
http::Response ItemForm(Visit& v, const List<T>& list, std::optional<Id> key, const T& item,
                        std::size_t rank, const DateParts& date, const FieldErrors& errors) {
  const auto field = [&](const char* name, const char* label, std::string value, std::string hint) {
    if (!errors.empty()) value = v.form.Get(name);
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  Page page;
  page.title = key ? "Change the " + list.noun : list.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/strategy#" + list.slug), "Back to the strategy");
  const std::string action =
      v.OrgPath("/strategy/" + list.slug + "/" + (key ? std::to_string(*key) : "new"));
  Html fields = list.fields(v, item, field, date);
  if (list.ranked) {
    fields += TextInput(field("rank", "Rank", rank == 0 ? std::string() : std::to_string(rank),
                              "1 is the first priority. Leave empty to put it last."),
                        "text", "off", "nhsuk-input--width-3");
  }
  Html remove;
  if (key) {
    remove =
        ButtonForm(action + "/remove", v.caller.csrf_token, "Remove the " + list.noun, "warning");
  }
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form>{}</div></div>",
      ErrorSummary(errors), page.title, action, CsrfField(v.caller.csrf_token), fields,
      Button(key ? "Save changes" : "Add the " + list.noun), remove);
  return v.Show(page, "strategy", errors.empty() ? 200 : 400);
}

/// The rank typed, 1 to `count`; empty is last. 0 with an error when it is not a rank.
std::size_t ReadRank(Visit& v, FieldErrors& errors, std::size_t count) {
  const std::string text(Trim(v.form.Get("rank")));
  if (text.empty()) return count;
  std::size_t rank = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), rank);
  if (ec != std::errc() || end != text.data() + text.size() || rank < 1 || rank > count) {
    errors.Add("rank", "Enter a rank from 1 to " + std::to_string(count));
    return 0;
  }
  return rank;
}

template <typename T>
void AddRoutes(http::Router& routes, const List<T>& list) {
  const Needs keeper = Needs::Keeper();
  const std::string base = "/orgs/{ods}/strategy/" + list.slug;
  // Saves the posted item at `key` (a new one when empty), or shows the form's problems.
  const auto save = [list](Visit& v, std::optional<Id> key) {
    const StrategyInput current = RequireCurrent(v);
    const std::vector<T>& items = current.*list.items;
    std::optional<std::size_t> at;
    if (key) {
      at = IndexOf(items, *key);
      if (!at) throw NotFound("the strategy has no such " + list.noun);
    }
    FieldErrors errors;
    DateParts date;
    T item = list.read(v, errors, date);
    item.key = key.value_or(0);
    const std::size_t rank = list.ranked ? ReadRank(v, errors, items.size() + (key ? 0 : 1)) : 0;
    // The item's own rules, checked alone so that they show with the form's other problems.
    StrategyInput probe;
    probe.vision = "-";
    probe.horizon_start = probe.horizon_end = kEarliestYear;
    T alone = item;
    alone.key = 0;
    (probe.*list.items).push_back(alone);
    AddRuleErrors(errors, *list.field_names, [&] { CheckStrategy(probe); });
    if (errors.empty()) {
      SaveChange(v, errors, *list.field_names, [&](StrategyInput& s) {
        auto& into = s.*list.items;
        if (at) into.erase(into.begin() + static_cast<std::ptrdiff_t>(*at));
        const std::size_t place = list.ranked ? rank - 1 : at.value_or(into.size());
        into.insert(into.begin() + static_cast<std::ptrdiff_t>(place), item);
      });
    }
    if (!errors.empty()) return ItemForm(v, list, key, item, rank, date, errors);
    return Redirect(v.OrgPath("/strategy?done=saved#" + list.slug));
  };
  AddPage(routes, "GET", base + "/new", keeper, [list](Visit& v) {
    const StrategyInput current = RequireCurrent(v);
    return ItemForm(v, list, std::nullopt, T{}, 0, {}, {});
  });
  AddPage(routes, "POST", base + "/new", keeper,
          [save](Visit& v) { return save(v, std::nullopt); });
  AddPage(routes, "GET", base + "/{key}", keeper, [list](Visit& v) {
    const StrategyInput current = RequireCurrent(v);
    const auto at = IndexOf(current.*list.items, v.call.Id("key"));
    if (!at) throw NotFound("the strategy has no such " + list.noun);
    const T& item = (current.*list.items)[*at];
    DateParts date;
    if constexpr (std::is_same_v<T, Outcome>) date = DateParts::Of(item.due_on);
    return ItemForm(v, list, item.key, item, *at + 1, date, {});
  });
  AddPage(routes, "POST", base + "/{key}", keeper,
          [save](Visit& v) { return save(v, v.call.Id("key")); });
  AddPage(routes, "POST", base + "/{key}/remove", keeper, [list](Visit& v) {
    StrategyInput s = RequireCurrent(v);
    auto& items = s.*list.items;
    const auto at = IndexOf(items, v.call.Id("key"));
    if (!at) throw NotFound("the strategy has no such " + list.noun);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(*at));
    v.Use<Strategies>().Save(v.caller, v.ods(), std::move(s));
    return Redirect(v.OrgPath("/strategy?done=saved#" + list.slug));
  });
}

/// An outcome's fields: what it is, and either a measure in words or a link to one of the
/// organisation's measures with numeric baseline and target (a select, so it works without
/// scripts).
Html OutcomeFields(
    Visit& v, const Outcome& o,
    const std::function<Field(const char*, const char*, std::string, std::string)>& field,
    const DateParts& date) {
  std::vector<Choice> measures;
  for (const MeasureChoice& m : v.Use<Strategies>().MeasureChoices(v.caller, v.ods())) {
    measures.push_back({std::to_string(m.id),
                        m.service + " — " + m.name + (m.unit.empty() ? "" : " (" + m.unit + ")"),
                        {}});
  }
  // Typed again after a problem; else as stored.
  DateParts baseline_date = DateParts::Read(v.form, "baseline_on");
  if (baseline_date.day.empty() && baseline_date.month.empty() && baseline_date.year.empty()) {
    baseline_date = DateParts::Of(o.baseline_on);
  }
  return TextInput(field("title", "Outcome", o.title,
                         "How things will be different, for example: fewer repeat tests")) +
         Select(field("measure_id", "Service measure it is judged by (optional)",
                      o.measure_id ? std::to_string(*o.measure_id) : "",
                      "Link the outcome to a measure from the services register to show where "
                      "it stands against its trajectory. The baseline and target are then "
                      "numbers in the measure's unit, and the date is needed."),
                measures.empty() ? "No measures in the services register yet" : "Not linked",
                measures) +
         (TextInput(field("measure", "How it is measured, in words (optional)", o.measure,
                          "For example: repeat blood tests a month"))) +
         (TextInput(field("baseline", "Where it starts (optional)", o.baseline,
                          "For example: 4,200 in March 2025. For a linked measure, a number "
                          "such as 4200"))) +
         (DateInput(field("baseline_on", "When the baseline was measured (optional)", {},
                          "For a linked measure. Leave empty to start the trajectory on 1 "
                          "January of the strategy's first year"),
                    baseline_date)) +
         (TextInput(field("target", "Where it should get to (optional)", o.target,
                          "For example: 2,500"))) +
         (DateInput(field("due_on", "By when (optional)", {}, "For example, 31 3 2028"), date));
}

}  // namespace

void AddListPages(http::Router& routes) {
  AddRoutes<Outcome>(
      routes,
      {"outcomes", "outcome", "Add an outcome", &StrategyInput::outcomes, false, OutcomeFields,
       [](Visit& v, FieldErrors& errors, DateParts& date) {
         Outcome o{0,
                   v.form.Get("title"),
                   v.form.Get("measure"),
                   v.form.Get("baseline"),
                   v.form.Get("target"),
                   ReadDate(v, errors, "due_on", "the date of the target", date),
                   std::nullopt,
                   {}};
         DateParts baseline_date;
         o.baseline_on =
             ReadDate(v, errors, "baseline_on", "the date of the baseline", baseline_date);
         const std::string measure(Trim(v.form.Get("measure_id")));
         if (!measure.empty()) {
           Id id = 0;
           const auto [end, ec] =
               std::from_chars(measure.data(), measure.data() + measure.size(), id);
           if (ec != std::errc() || end != measure.data() + measure.size() || id <= 0) {
             errors.Add("measure_id", "Choose a measure from the list");
           } else {
             o.measure_id = id;
           }
         }
         return o;
       },
       &kOutcomeFields});
  AddRoutes<Priority>(
      routes,
      {"priorities", "priority", "Add a priority", &StrategyInput::priorities, true,
       [](Visit&, const Priority& p, const auto& field, const DateParts&) {
         const std::vector<Choice> top{
             {"yes", "A top priority", "Mark no more than three as top", false}};
         return TextInput(field("title", "Priority", p.title, {})) +
                (Textarea(field("description", "What it means (optional)", p.description, {}), 3)) +
                (Checkboxes(field("top", "Is it among the first?", {}, {}), top,
                            {p.top ? "yes" : ""}));
       },
       [](Visit& v, FieldErrors&, DateParts&) {
         return Priority{0, v.form.Get("title"), v.form.Get("description"),
                         v.form.Get("top") == "yes"};
       },
       &kPriorityFields});
  AddRoutes<NotDoing>(
      routes, {"not-doing", "entry", "Add something the strategy will not do",
               &StrategyInput::not_doing, false,
               [](Visit&, const NotDoing& n, const auto& field, const DateParts&) {
                 return TextInput(field("what", "What the strategy will not do", n.what, {})) +
                        (Textarea(field("reason", "Why not", n.reason, {}), 3));
               },
               [](Visit& v, FieldErrors&, DateParts&) {
                 return NotDoing{0, v.form.Get("what"), v.form.Get("reason")};
               },
               &kNotDoingFields});
}

}  // namespace boardlens::strategy
