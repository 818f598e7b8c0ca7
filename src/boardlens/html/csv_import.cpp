#include "boardlens/html/csv_import.hpp"

#include <memory>

#include "boardlens/base/text.hpp"

namespace boardlens::html {
namespace {

/// "The register", from "the register".
std::string Capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

http::Response ImportPage(Visit& v, const CsvImport& import, const std::string& csv,
                          const FieldErrors& errors) {
  Page page;
  page.title = import.title;
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath(import.back_path), import.back_label);
  std::string header;
  for (const std::string_view column : import.columns) {
    header += (header.empty() ? "" : ",") + std::string(column);
  }
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<h1>{}</h1><p>Paste {} as CSV, with this first line:</p>"
      "<p><code class=\"bl-copyable\">{}</code></p><p>{} Nothing is saved unless every line is "
      "right; each problem is listed with its line and column. <a href=\"{}\">{}</a> to start "
      "from.</p><form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), import.title, import.what, header, import.rules,
      v.OrgPath(import.download_path), import.download_label, v.request.path,
      CsrfField(v.caller.csrf_token),
      Textarea(
          Field{
              "csv", Capitalised(import.what) + " as CSV", csv, {}, std::string(errors.For("csv"))},
          12),
      Button("Import"));
  return v.Show(page, import.section, errors.empty() ? 200 : 400);
}

}  // namespace

void AddCsvImport(http::Router& routes, std::string pattern, http::Needs needs, CsvImport import) {
  const auto shared = std::make_shared<const CsvImport>(std::move(import));
  AddPage(routes, "GET", pattern, needs,
          [shared](Visit& v) { return ImportPage(v, *shared, {}, {}); });
  AddPage(routes, "POST", std::move(pattern), needs.Bulk(), [shared](Visit& v) {
    const std::string csv = v.form.Get("csv");
    FieldErrors errors;
    std::string next;
    if (Trim(csv).empty()) {
      errors.Add("csv", "Paste " + shared->what + " as CSV");
    } else {
      CollectImportErrors(errors, "csv", [&] { next = shared->save(v, csv); });
    }
    if (!errors.empty()) return ImportPage(v, *shared, csv, errors);
    return Redirect(v.OrgPath(next));
  });
}

}  // namespace boardlens::html
