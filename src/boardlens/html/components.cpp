#include "boardlens/html/components.hpp"

#include <algorithm>
#include <functional>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::html {
namespace {

Html ErrorMessage(const Field& f) {
  if (f.error.empty()) return {};
  return Render(
      "<span class=\"nhsuk-error-message\" id=\"{}-error\">"
      "<span class=\"nhsuk-u-visually-hidden\">Error:</span> {}</span>",
      f.name, f.error);
}

Html Hint(const Field& f) {
  if (f.hint.empty()) return {};
  return Render("<div class=\"nhsuk-hint\" id=\"{}-hint\">{}</div>", f.name, f.hint);
}

/// aria-describedby listing the hint and the error, when there are any.
Html DescribedBy(const Field& f) {
  std::string ids;
  if (!f.hint.empty()) ids += f.name + "-hint";
  if (!f.error.empty()) ids += (ids.empty() ? "" : " ") + f.name + "-error";
  if (ids.empty()) return {};
  return Render(" aria-describedby=\"{}\"", ids);
}

Html FormGroup(const Field& f, const Html& inner) {
  return Render("<div class=\"nhsuk-form-group{}\">{}</div>",
                f.error.empty() ? Html() : Html(" nhsuk-form-group--error"), inner);
}

/// YYYY-MM-DD from boxes that each hold a number of the right size.
std::string IsoOf(const DateParts& parts) {
  const auto two = [](const std::string& text) { return text.size() == 1 ? "0" + text : text; };
  return parts.year + "-" + two(parts.month) + "-" + two(parts.day);
}

Html TextareaBox(const Field& f, int rows, const Html& extra_class, const Html& described_by) {
  return Render(
      "<label class=\"nhsuk-label\" for=\"{}\">{}</label>{}{}"
      "<textarea class=\"nhsuk-textarea{}{}\" id=\"{}\" name=\"{}\" rows=\"{}\"{}>{}</textarea>",
      f.name, f.label, Hint(f), ErrorMessage(f), extra_class,
      f.error.empty() ? Html() : Html(" nhsuk-textarea--error"), f.name, f.name, rows, described_by,
      f.value);
}

}  // namespace

void FieldErrors::Add(std::string field, std::string message, std::string anchor) {
  if (!For(field).empty()) return;
  if (!anchor.empty()) anchors_[field] = std::move(anchor);
  inline_[field] = message;
  errors_.emplace_back(std::move(field), std::move(message));
}

void FieldErrors::AddAll(const std::string& field, const std::vector<std::string>& messages) {
  if (messages.empty() || !For(field).empty()) return;
  inline_[field] = messages.size() == 1 ? messages.front()
                                        : "There are " + std::to_string(messages.size()) +
                                              " problems, listed at the top of the page";
  for (const std::string& m : messages) errors_.emplace_back(field, m);
}

std::string FieldErrors::AnchorFor(const std::string& field) const {
  const auto found = anchors_.find(field);
  return found == anchors_.end() ? field : found->second;
}

std::string_view FieldErrors::For(std::string_view field) const {
  const auto found = inline_.find(field);
  return found == inline_.end() ? std::string_view() : std::string_view(found->second);
}

Html ErrorSummary(const FieldErrors& errors) {
  if (errors.empty()) return {};
  Html items;
  for (const auto& [field, message] : errors.all()) {
    items += Render("<li><a href=\"#{}\">{}</a></li>", errors.AnchorFor(field), message);
  }
  return Render(
      "<div class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\" tabindex=\"-1\">"
      "<div role=\"alert\"><h2 class=\"nhsuk-error-summary__title\">There is a problem</h2>"
      "<div class=\"nhsuk-error-summary__body\">"
      "<ul class=\"nhsuk-list nhsuk-error-summary__list\">{}</ul></div></div></div>",
      items);
}

Html TextInput(const Field& f, std::string_view type, std::string_view autocomplete,
               std::string_view width_class) {
  std::string classes = "nhsuk-input";
  if (!f.error.empty()) classes += " nhsuk-input--error";
  if (!width_class.empty()) classes += " " + std::string(width_class);
  const Html complete =
      autocomplete.empty() ? Html() : Render(" autocomplete=\"{}\"", autocomplete);
  return FormGroup(
      f, Render("<label class=\"nhsuk-label\" for=\"{}\">{}</label>{}{}"
                "<input class=\"{}\" id=\"{}\" name=\"{}\" type=\"{}\" value=\"{}\"{}{}>",
                f.name, f.label, Hint(f), ErrorMessage(f), classes, f.name, f.name, type, f.value,
                complete, DescribedBy(f)));
}

Html Textarea(const Field& f, int rows) {
  return FormGroup(f, TextareaBox(f, rows, {}, DescribedBy(f)));
}

Html Select(const Field& f, std::string_view prompt, const std::vector<Choice>& choices) {
  Html options = Render("<option value=\"\">{}</option>", prompt);
  for (const Choice& c : choices) {
    options += Render("<option value=\"{}\"{}>{}</option>", c.value,
                      c.value == f.value ? Html(" selected") : Html(), c.label);
  }
  return FormGroup(f, Render("<label class=\"nhsuk-label\" for=\"{}\">{}</label>{}{}"
                             "<select class=\"nhsuk-select{}\" id=\"{}\" name=\"{}\"{}>{}</select>",
                             f.name, f.label, Hint(f), ErrorMessage(f),
                             f.error.empty() ? Html() : Html(" nhsuk-select--error"), f.name,
                             f.name, DescribedBy(f), options));
}

Html CharacterCount(const Field& f, std::size_t max_characters, int rows) {
  std::string ids = f.name + "-info";
  if (!f.hint.empty()) ids += " " + f.name + "-hint";
  if (!f.error.empty()) ids += " " + f.name + "-error";
  return Render(
      "<div class=\"nhsuk-form-group nhsuk-character-count{}\" "
      "data-module=\"nhsuk-character-count\" data-maxlength=\"{}\">{}"
      "<div class=\"nhsuk-hint nhsuk-character-count__message\" id=\"{}-info\">You can enter up "
      "to {} characters</div></div>",
      f.error.empty() ? Html() : Html(" nhsuk-form-group--error"), max_characters,
      TextareaBox(f, rows, Html(" nhsuk-js-character-count"),
                  Render(" aria-describedby=\"{}\"", ids)),
      f.name, WithThousands(static_cast<std::int64_t>(max_characters)));
}

namespace {

/// Radios or checkboxes (`kind`) in a fieldset; `checked` says which choices are chosen.
Html ChoiceGroup(std::string_view kind, const Field& f, const std::vector<Choice>& choices,
                 const std::function<bool(const Choice&)>& checked, bool page_heading) {
  Html items;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const Choice& c = choices[i];
    // The first item carries the field's own id, so the error summary's link lands on it.
    const std::string id = i == 0 ? f.name : f.name + "-" + std::to_string(i + 1);
    if (c.divider_before) items += Render("<div class=\"nhsuk-{}__divider\">or</div>", kind);
    const Html hint =
        c.hint.empty()
            ? Html()
            : Render("<div class=\"nhsuk-hint nhsuk-{}__hint\" id=\"{}-item-hint\">{}</div>", kind,
                     id, c.hint);
    const Html described =
        c.hint.empty() ? Html() : Render(" aria-describedby=\"{}-item-hint\"", id);
    items += Render(
        "<div class=\"nhsuk-{}__item\"><input class=\"nhsuk-{}__input\" id=\"{}\" "
        "name=\"{}\" type=\"{}\" value=\"{}\"{}{}><label class=\"nhsuk-label "
        "nhsuk-{}__label\" for=\"{}\">{}</label>{}</div>",
        kind, kind, id, f.name, kind == "radios" ? "radio" : "checkbox", c.value,
        checked(c) ? Html(" checked") : Html(), described, kind, id, c.label, hint);
  }
  const Html legend =
      page_heading
          ? Render(
                "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--l\">"
                "<h1 class=\"nhsuk-fieldset__heading\">{}</h1></legend>",
                f.label)
          : Render("<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{}</legend>",
                   f.label);
  return FormGroup(f, Render("<fieldset class=\"nhsuk-fieldset\"{}>{}{}{}"
                             "<div class=\"nhsuk-{}\" data-module=\"nhsuk-{}\">{}</div>"
                             "</fieldset>",
                             DescribedBy(f), legend, Hint(f), ErrorMessage(f), kind, kind, items));
}

}  // namespace

Html Radios(const Field& f, const std::vector<Choice>& choices, bool page_heading) {
  return ChoiceGroup(
      "radios", f, choices, [&](const Choice& c) { return c.value == f.value; }, page_heading);
}

Html Checkboxes(const Field& f, const std::vector<Choice>& choices,
                const std::vector<std::string>& checked) {
  return ChoiceGroup(
      "checkboxes", f, choices,
      [&](const Choice& c) {
        return std::find(checked.begin(), checked.end(), c.value) != checked.end();
      },
      false);
}

DateParts DateParts::Of(std::string_view iso_date) {
  const auto number = [&](std::size_t at, std::size_t size) {
    std::string part(iso_date.substr(at, size));
    while (part.size() > 1 && part.front() == '0') part.erase(0, 1);
    return part;
  };
  if (iso_date.size() != 10) return {};
  return {number(8, 2), number(5, 2), std::string(iso_date.substr(0, 4))};
}

DateParts DateParts::Read(const Form& form, const std::string& name) {
  const auto part = [&](const char* which) {
    std::string text = form.Get(name + "-" + which);
    const auto first = text.find_first_not_of(' ');
    text.erase(0, std::min(first, text.size()));
    text.erase(text.find_last_not_of(' ') + 1);
    return text;
  };
  return {part("day"), part("month"), part("year")};
}

std::optional<DateFault> DateParts::Fault(std::string_view what) const {
  const std::string subject = Sentence(std::string(what));
  if (day.empty() && month.empty() && year.empty()) {
    return DateFault{"Enter " + std::string(what), true, true, true};
  }
  if (day.empty() || month.empty() || year.empty()) {
    std::vector<std::string> missing;
    if (day.empty()) missing.emplace_back("day");
    if (month.empty()) missing.emplace_back("month");
    if (year.empty()) missing.emplace_back("year");
    return DateFault{subject + " must include a " + missing[0] +
                         (missing.size() > 1 ? " and " + missing[1] : ""),
                     day.empty(), month.empty(), year.empty()};
  }
  const auto number = [](const std::string& text, std::size_t most, int low, int high) {
    if (text.size() > most || text.find_first_not_of("0123456789") != std::string::npos) {
      return false;
    }
    const int value = std::stoi(text);
    return value >= low && value <= high;
  };
  const bool day_ok = number(day, 2, 1, 31);
  const bool month_ok = number(month, 2, 1, 12);
  const bool year_digits = year.find_first_not_of("0123456789") == std::string::npos;
  if (!day_ok || !month_ok || !year_digits) {
    return DateFault{subject + " must be a real date", !day_ok, !month_ok, !year_digits};
  }
  if (year.size() != 4) return DateFault{"Year must include 4 numbers", false, false, true};
  if (!IsValidDate(IsoOf(*this))) {
    // 31 in a 30-day month: which box is wrong is not clear, so the whole date is.
    return DateFault{subject + " must be a real date", true, true, true};
  }
  return std::nullopt;
}

std::optional<std::string> DateParts::ToIso(std::string_view what, std::string& error) const {
  if (const auto fault = Fault(what)) {
    error = fault->message;
    return std::nullopt;
  }
  return IsoOf(*this);
}

void AddDateFault(FieldErrors& errors, const std::string& name, const DateFault& fault) {
  const std::string anchor = fault.day ? name : fault.month ? name + "-month" : name + "-year";
  errors.Add(name, fault.message, anchor);
}

Html DateInput(const Field& f, const DateParts& parts) {
  DateFault marks;
  if (!f.error.empty()) {
    // A fault the parts do not show is about the date as a whole.
    marks = parts.Fault("the date").value_or(DateFault{{}, true, true, true});
  }
  const auto box = [&](const std::string& id, const char* name, const char* label,
                       const std::string& value, int width, bool wrong) {
    return Render(
        "<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\">"
        "<label class=\"nhsuk-label nhsuk-date-input__label\" for=\"{}\">{}</label>"
        "<input class=\"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{}{}\" id=\"{}\" "
        "name=\"{}-{}\" type=\"text\" inputmode=\"numeric\" value=\"{}\"></div></div>",
        id, label, width, wrong ? Html(" nhsuk-input--error") : Html(), id, f.name, name, value);
  };
  // role="group" rather than the fieldset's own role, so that screen readers announce the
  // hint with the legend (as the design system does).
  return FormGroup(
      f, Render("<fieldset class=\"nhsuk-fieldset\" role=\"group\"{}>"
                "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{}</legend>"
                "{}{}<div class=\"nhsuk-date-input\">{}{}{}</div></fieldset>",
                DescribedBy(f), f.label, Hint(f), ErrorMessage(f),
                box(f.name, "day", "Day", parts.day, 2, marks.day),
                box(f.name + "-month", "month", "Month", parts.month, 2, marks.month),
                box(f.name + "-year", "year", "Year", parts.year, 4, marks.year)));
}

Html Button(std::string_view text, std::string_view modifier) {
  const Html classes = modifier.empty() ? Html() : Render(" nhsuk-button--{}", modifier);
  return Render(
      "<button class=\"nhsuk-button{}\" data-module=\"nhsuk-button\" type=\"submit\">{}</button>",
      classes, text);
}

Html CsrfField(std::string_view token) {
  return Render("<input type=\"hidden\" name=\"csrf\" value=\"{}\">", token);
}

Html ButtonForm(std::string_view action, std::string_view csrf_token, std::string_view text,
                std::string_view modifier) {
  return Render("<form action=\"{}\" method=\"post\" novalidate>{}{}</form>", action,
                CsrfField(csrf_token), Button(text, modifier));
}

Html Tag(std::string_view text, std::string_view colour) {
  return Render("<strong class=\"nhsuk-tag nhsuk-tag--{}\">{}</strong>", colour, text);
}

Html BackLink(std::string_view href, std::string_view text) {
  return Render("<a class=\"nhsuk-back-link\" href=\"{}\">{}</a>", href, text);
}

Html WarningCallout(std::string_view heading, const Html& body) {
  return Render(
      "<div class=\"nhsuk-warning-callout\"><h2 class=\"nhsuk-warning-callout__label\">"
      "<span role=\"text\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>{}"
      "</span></h2>{}</div>",
      heading, body);
}

Html SuccessBanner(std::string_view heading, std::string_view text) {
  return Render(
      "<div class=\"nhsuk-notification-banner nhsuk-notification-banner--success\" role=\"alert\" "
      "aria-labelledby=\"banner-title\" data-module=\"nhsuk-notification-banner\">"
      "<div class=\"nhsuk-notification-banner__header\"><h2 "
      "class=\"nhsuk-notification-banner__title\" "
      "id=\"banner-title\">Success</h2></div><div class=\"nhsuk-notification-banner__content\">"
      "<h3 class=\"nhsuk-notification-banner__heading\">{}</h3>{}</div></div>",
      heading, text.empty() ? Html() : Render("<p class=\"nhsuk-body\">{}</p>", text));
}

Html SummaryList(const std::vector<SummaryRow>& rows) {
  Html out;
  for (const SummaryRow& row : rows) {
    out += Render(
        "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">{}</dt>"
        "<dd class=\"nhsuk-summary-list__value\">{}</dd>{}</div>",
        row.key, row.value,
        row.action.empty()
            ? Html()
            : Render("<dd class=\"nhsuk-summary-list__actions\">{}</dd>", row.action));
  }
  return Render("<dl class=\"nhsuk-summary-list\">{}</dl>", out);
}

Html DataTable(const Table& t) {
  Html head;
  for (std::size_t i = 0; i < t.headings.size(); ++i) {
    const bool numeric = t.numeric_after_first && i > 0;
    head += Render("<th class=\"nhsuk-table__header{}\" scope=\"col\">{}</th>",
                   numeric ? Html(" nhsuk-table__header--numeric") : Html(), t.headings[i]);
  }
  Html body;
  for (const auto& row : t.rows) {
    Html cells;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool numeric = t.numeric_after_first && i > 0;
      const std::string& heading = i < t.headings.size() ? t.headings[i] : std::string();
      cells += Render(
          "<td class=\"nhsuk-table__cell{}\"><span class=\"nhsuk-table-responsive__heading\" "
          "aria-hidden=\"true\">{} </span>{}</td>",
          numeric ? Html(" nhsuk-table__cell--numeric") : Html(), heading, row[i]);
    }
    body += Render("<tr class=\"nhsuk-table__row\">{}</tr>", cells);
  }
  const Html region =
      t.wide ? Render(" tabindex=\"0\" role=\"region\" aria-label=\"{}\"", t.caption) : Html();
  return Render(
      "<div class=\"nhsuk-table-container\"{}><table class=\"nhsuk-table-responsive\">"
      "<caption class=\"nhsuk-table__caption{}\">{}</caption><thead class=\"nhsuk-table__head\">"
      "<tr class=\"nhsuk-table__row\">{}</tr></thead><tbody class=\"nhsuk-table__body\">{}</tbody>"
      "</table></div>",
      region, t.caption_hidden ? Html(" nhsuk-u-visually-hidden") : Html(), t.caption, head, body);
}

Html Details(std::string_view summary, const Html& content) {
  return Render(
      "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span "
      "class=\"nhsuk-details__summary-text\">{}</span></summary><div "
      "class=\"nhsuk-details__text\">{}</div></details>",
      summary, content);
}

void CollectImportErrors(FieldErrors& errors, const std::string& field,
                         const std::function<void()>& import) {
  try {
    import();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    std::vector<std::string> each;
    for (const FieldProblem& p : e.AllProblems()) {
      each.push_back((p.where.empty() ? "" : p.where + ": ") + p.message);
    }
    errors.AddAll(field, each);
  }
}

Html Pagination(int page, int pages, const std::function<std::string(int)>& href,
                const std::function<std::string(int)>& name) {
  if (pages <= 1) return Html();
  const auto called = [&](int n) {
    return name ? name(n) : std::to_string(n) + " of " + std::to_string(pages);
  };
  // The design system's arrows (nhsuk-frontend's icon macro).
  const Html left(
      "<svg class=\"nhsuk-icon nhsuk-icon--arrow-left\" xmlns=\"http://www.w3.org/2000/svg\" "
      "viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" focusable=\"false\" "
      "aria-hidden=\"true\"><path d=\"M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 "
      "3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 "
      "0Z\"/></svg>");
  const Html right(
      "<svg class=\"nhsuk-icon nhsuk-icon--arrow-right\" xmlns=\"http://www.w3.org/2000/svg\" "
      "viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" focusable=\"false\" "
      "aria-hidden=\"true\"><path d=\"m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 "
      "1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z\"/></svg>");
  Html items;
  if (page > 1) {
    items += Render(
        "<li class=\"nhsuk-pagination-item--previous\"><a class=\"nhsuk-pagination__link "
        "nhsuk-pagination__link--prev\" href=\"{}\" rel=\"prev\"><span "
        "class=\"nhsuk-pagination__title\">Previous<span class=\"nhsuk-u-visually-hidden\"> "
        "page</span></span><span class=\"nhsuk-u-visually-hidden\">:</span><span "
        "class=\"nhsuk-pagination__page\">{}</span>{}</a></li>",
        href(page - 1), called(page - 1), left);
  }
  if (page < pages) {
    items += Render(
        "<li class=\"nhsuk-pagination-item--next\"><a class=\"nhsuk-pagination__link "
        "nhsuk-pagination__link--next\" href=\"{}\" rel=\"next\"><span "
        "class=\"nhsuk-pagination__title\">Next<span class=\"nhsuk-u-visually-hidden\"> "
        "page</span></span><span class=\"nhsuk-u-visually-hidden\">:</span><span "
        "class=\"nhsuk-pagination__page\">{}</span>{}</a></li>",
        href(page + 1), called(page + 1), right);
  }
  return Render(
      "<nav class=\"nhsuk-pagination\" role=\"navigation\" aria-label=\"Pagination\"><ul "
      "class=\"nhsuk-list nhsuk-pagination__list\">{}</ul></nav>",
      items);
}

}  // namespace boardlens::html
