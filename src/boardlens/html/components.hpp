#pragma once
/// NHS.UK design system components as functions: the markup the service manual prescribes,
/// so pages look and behave like other NHS services and inherit its accessibility work.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/text.hpp"
#include "boardlens/html/html.hpp"
#include "boardlens/http/form.hpp"

namespace boardlens::html {

using http::Form;

/// "the email is wrong" → "The email is wrong": use cases speak in fragments, pages in sentences.
using boardlens::Sentence;

/// What was wrong with a submitted form, in the order the fields appear.
class FieldErrors {
 public:
  /// Keeps the first message for each field. `anchor` is the element the error summary links
  /// to, when it is not the field's own id (the month box of a date, say).
  void Add(std::string field, std::string message, std::string anchor = {});
  /// Several problems with one field, such as a pasted CSV: each has its own line in the error
  /// summary, and the field says how many there are.
  void AddAll(const std::string& field, const std::vector<std::string>& messages);
  /// The message for `field`, or empty.
  std::string_view For(std::string_view field) const;
  bool empty() const { return errors_.empty(); }
  const std::vector<std::pair<std::string, std::string>>& all() const { return errors_; }
  /// The id the error summary links to for `field`.
  std::string AnchorFor(const std::string& field) const;

 private:
  std::vector<std::pair<std::string, std::string>> errors_;  ///< as the summary lists them
  std::map<std::string, std::string, std::less<>> inline_;   ///< as each field shows its own
  std::map<std::string, std::string> anchors_;
};

/// One form field as a page shows it: the user's input and any error stay with it.
struct Field {
  std::string name;  ///< also the element id, which the error summary links to
  std::string label;
  std::string value;
  std::string hint;
  std::string error;
};

struct Choice {
  std::string value;
  std::string label;
  std::string hint;
  bool divider_before = false;  ///< an "or" between this choice and the previous one
};

/// Runs an import of text pasted into `field`; its problems, each at its line and column, go
/// against that field together. Other errors propagate.
void CollectImportErrors(FieldErrors& errors, const std::string& field,
                         const std::function<void()>& import);

/// "There is a problem" at the top of the page, linking to each field at fault.
Html ErrorSummary(const FieldErrors& errors);

/// `autocomplete` as HTML defines it ("email", "off", ...); `width_class` e.g.
/// nhsuk-input--width-10, or empty for full width.
Html TextInput(const Field& field, std::string_view type = "text",
               std::string_view autocomplete = {}, std::string_view width_class = {});
Html Textarea(const Field& field, int rows = 5);
/// A select box; the first option is a prompt with no value ("Choose …"), chosen until the
/// person picks one. Radios suit five choices or fewer; a select suits a longer list.
Html Select(const Field& field, std::string_view prompt, const std::vector<Choice>& choices);
/// A textarea with the design system's character count: the limit is said under the box from
/// the start (without JavaScript too), and the script counts down as they type.
Html CharacterCount(const Field& field, std::size_t max_characters, int rows = 5);
/// Radios in a fieldset. With `page_heading` the legend is the page's h1.
Html Radios(const Field& field, const std::vector<Choice>& choices, bool page_heading = false);
/// Checkboxes in a fieldset, each of `checked` ticked; the form posts one `field.name` value a
/// ticked box.
Html Checkboxes(const Field& field, const std::vector<Choice>& choices,
                const std::vector<std::string>& checked);

/// What is wrong with a typed date: the design system's message, and which boxes to mark.
struct DateFault {
  std::string message;
  bool day = false;
  bool month = false;
  bool year = false;
};

/// A date as typed into the design system's three boxes.
struct DateParts {
  std::string day;
  std::string month;
  std::string year;

  /// The parts of a YYYY-MM-DD date, without leading zeros, as a person would type them.
  static DateParts Of(std::string_view iso_date);
  /// `name`-day, `name`-month and `name`-year of a posted form.
  static DateParts Read(const Form& form, const std::string& name);
  /// What is wrong, or nullopt for a real date. `what` names the date in the message ("the
  /// date the round closed"): "Enter …", "… must include a month", "Year must include 4
  /// numbers", "… must be a real date"; only the boxes at fault are marked.
  std::optional<DateFault> Fault(std::string_view what) const;
  /// YYYY-MM-DD, or nullopt with Fault's message in `error`.
  std::optional<std::string> ToIso(std::string_view what, std::string& error) const;
};

/// Adds a date's fault against date field `name`, with the error summary linking to the first
/// box at fault.
void AddDateFault(FieldErrors& errors, const std::string& name, const DateFault& fault);

/// The date input: day, month and year boxes in a fieldset, with ids `name` (the day, which
/// the error summary links to by default), `name`-month and `name`-year. With `field.error`,
/// the boxes that `parts` has wrong are marked, or all three when the fault is the whole
/// date's (one in the future, say). `field.value` is not used.
Html DateInput(const Field& field, const DateParts& parts);

Html Button(std::string_view text, std::string_view modifier = {});
/// The hidden field every form posts back, checked against the session's token.
Html CsrfField(std::string_view token);
/// A form posting to `action` with the CSRF field and one button.
Html ButtonForm(std::string_view action, std::string_view csrf_token, std::string_view text,
                std::string_view modifier = {});

/// A status tag; colour is one of the design system's (blue, green, grey, yellow, ...).
Html Tag(std::string_view text, std::string_view colour);
Html BackLink(std::string_view href, std::string_view text = "Back");
/// A yellow callout for what must not be missed, such as a secret shown only once.
Html WarningCallout(std::string_view heading, const Html& body);
/// The design system's details component: `content` folded away under `summary`, opened by
/// a click (with or without JavaScript).
Html Details(std::string_view summary, const Html& content);

/// A green banner confirming what just happened.
Html SuccessBanner(std::string_view heading, std::string_view text = {});

struct SummaryRow {
  std::string key;
  Html value;
  Html action;  ///< e.g. a "Change" link, or empty
};
Html SummaryList(const std::vector<SummaryRow>& rows);

/// A data table; on narrow screens each row stacks with its headings (the responsive table).
struct Table {
  std::string caption;
  std::vector<std::string> headings;
  std::vector<std::vector<Html>> rows;
  bool numeric_after_first = false;  ///< right-align every column but the first
  /// Wider than the page on a desktop (many columns): the container scrolls, so it takes
  /// keyboard focus and is named by the caption, for people who scroll with the keyboard.
  bool wide = false;
  /// Named by the heading right above it: the caption is then for screen readers only, so
  /// the page does not say the same words twice.
  bool caption_hidden = false;
};
Html DataTable(const Table& table);

/// The design system's pagination (previous and next, each naming its page): `href(n)` is the
/// address of page n, counted from 1, and `name(n)` what it is called ("3 of 9" when none).
/// Empty when there is one page.
Html Pagination(int page, int pages, const std::function<std::string(int)>& href,
                const std::function<std::string(int)>& name = {});

}  // namespace boardlens::html
