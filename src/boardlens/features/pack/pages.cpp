// The board pack's pages: where to read, download and issue it; the pack itself on screen,
// for the board and in its public version; its PDFs; and the packs issued for meetings.

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/pack/feature.hpp"
#include "boardlens/features/pack/issued.hpp"
#include "boardlens/features/pack/pack.hpp"
#include "boardlens/features/pack/web_pack.hpp"
#include "boardlens/html/components.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::pack {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

http::Response PdfDownload(std::string filename, std::string pdf) {
  http::Response r;
  r.content_type = "application/pdf";
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.body = std::move(pdf);
  return r;
}

Html IssueForm(Visit& v, const DateParts& meeting, const std::string& audience,
               const FieldErrors& errors) {
  std::vector<Choice> choices;
  for (const Audience a : {Audience::kBoard, Audience::kPublic}) {
    choices.push_back({std::string(ToString(a)), std::string(AudienceLabel(a)),
                       a == Audience::kPublic ? "Fit to publish on the organisation's website"
                                              : "Everything the board may see"});
  }
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  return Render(
      "<h2 id=\"issue\">Issue the pack for a meeting</h2><p>Issuing keeps the PDF exactly as it "
      "is now, with the date, your name and a fingerprint of the file (its SHA-256), so the "
      "board can later see what it was shown.</p><form method=\"post\" action=\"{}\" "
      "novalidate>{}{}{}{}</form>",
      v.OrgPath("/pack/issued"), CsrfField(v.caller.csrf_token),
      DateInput(field("meeting_on", "Date of the meeting", {}, "For example, 17 12 2026"), meeting),
      Radios(field("audience", "Which version?", audience), choices), Button("Issue the pack"));
}

Html IssuedTable(Visit& v, const std::vector<IssuedPack>& issued) {
  if (issued.empty()) return Html("<p>No pack has been issued for a meeting yet.</p>");
  Table table{"Packs issued for meetings, latest first",
              {"Meeting", "Version", "Issued", "By", "SHA-256", "File"},
              {},
              false};
  for (const IssuedPack& p : issued) {
    table.rows.push_back(
        {Escape(DateText(p.meeting_on)), Escape(AudienceLabel(p.audience)),
         Escape(DateText(p.issued_at)), Escape(p.issued_by_name),
         Render("<span class=\"bl-hash\">{}</span>", p.sha256),
         Render("<a href=\"{}\" download>PDF<span class=\"nhsuk-u-visually-hidden\"> for {}"
                "</span></a>",
                v.OrgPath("/pack/issued/" + std::to_string(p.id)), DateText(p.meeting_on))});
  }
  return DataTable(table);
}

http::Response PackPage(Visit& v, const DateParts& meeting, const std::string& audience,
                        const FieldErrors& errors) {
  auto& pack = v.Use<Pack>();
  Html sections;
  for (const Section& section : kSections) sections += Render("<li>{}</li>", section.title);
  Page page;
  page.title = "Board pack";
  page.has_errors = !errors.empty();
  page.content = Render(
      "{}{}<h1>Board pack</h1><p class=\"nhsuk-lede-text\">The papers for the board's next "
      "meeting on digital, written from every register as it stands today.</p><h2>What it "
      "holds</h2><ol class=\"nhsuk-list nhsuk-list--number\">{}</ol><h2>Read or download</h2>"
      "<ul class=\"nhsuk-list\"><li><a href=\"{}\">Read the pack on screen</a></li><li><a "
      "href=\"{}\">Read the public version on screen</a>, fit to publish: no one is named and "
      "nothing drawn from too few people is shown</li></ul><a class=\"nhsuk-button\" "
      "href=\"{}\" download>Download the board pack (PDF)</a> <a class=\"nhsuk-button "
      "nhsuk-button--secondary\" href=\"{}\" download>Download the public version (PDF)</a>"
      "<p>Every register is also one spreadsheet: <a href=\"{}\" download>download the "
      "registers as a workbook (XLSX)</a>, a sheet a table.</p>",
      ErrorSummary(errors),
      v.request.Query("done") == "issued" ? SuccessBanner("Pack issued", "It is listed below.")
                                          : Html(),
      sections, v.OrgPath("/pack/board"), v.OrgPath("/pack/public"), v.OrgPath("/pack.pdf"),
      v.OrgPath("/pack/public.pdf"), v.OrgPath("/export.xlsx"));
  if (v.org().role >= Role::kSecretary) page.content += IssueForm(v, meeting, audience, errors);
  page.content += Render("<h2>Packs issued</h2>{}", IssuedTable(v, pack.Issued(v.caller, v.ods())));
  return v.Show(page, "pack", errors.empty() ? 200 : 400);
}

/// A part of the pack on screen; `part` is a section's anchor, or empty for the cover.
http::Response OnScreen(Visit& v, Audience audience, std::string_view part) {
  const std::string base =
      v.OrgPath(audience == Audience::kPublic ? "/pack/public" : "/pack/board");
  const auto content = WebPackPart(
      v.Use<Pack>().Of(v.caller, v.ods(), audience), part, [&](std::string_view anchor) {
        return anchor.empty() ? base : base + "/" + std::string(anchor);
      });
  if (!content) throw NotFound("the board pack has no section called " + std::string(part));
  Page page;
  page.title = audience == Audience::kPublic ? "Public board pack" : "Board pack";
  page.before_content = BackLink(v.OrgPath("/pack"), "Back to the board pack");
  page.content = *content;
  return v.Show(page, "pack");
}

}  // namespace

void AddPages(http::Router& routes) {
  const http::Needs viewer = http::Needs::InOrg(Role::kViewer);
  const http::Needs secretary = http::Needs::InOrg(Role::kSecretary);
  AddPage(routes, "GET", "/orgs/{ods}/pack", viewer,
          [](Visit& v) { return PackPage(v, {}, std::string(ToString(Audience::kBoard)), {}); });
  for (const Audience audience : {Audience::kBoard, Audience::kPublic}) {
    const std::string path =
        audience == Audience::kPublic ? "/orgs/{ods}/pack/public" : "/orgs/{ods}/pack/board";
    AddPage(routes, "GET", path, viewer,
            [audience](Visit& v) { return OnScreen(v, audience, {}); });
    AddPage(routes, "GET", path + "/{part}", viewer,
            [audience](Visit& v) { return OnScreen(v, audience, v.params.at("part")); });
  }
  for (const Audience audience : {Audience::kBoard, Audience::kPublic}) {
    const std::string path =
        audience == Audience::kPublic ? "/orgs/{ods}/pack/public.pdf" : "/orgs/{ods}/pack.pdf";
    AddPage(routes, "GET", path, viewer, [audience](Visit& v) {
      auto& pack = v.Use<Pack>();
      return PdfDownload(pack.FileName(v.ods(), audience),
                         pdf::RenderPdf(pack.Of(v.caller, v.ods(), audience).document));
    });
  }
  AddPage(routes, "POST", "/orgs/{ods}/pack/issued", secretary, [](Visit& v) {
    const DateParts meeting = DateParts::Read(v.form, "meeting_on");
    const std::string audience = v.form.Get("audience");
    FieldErrors errors;
    std::string problem;
    const auto meeting_on = meeting.ToIso("the date of the meeting", problem);
    if (!meeting_on) errors.Add("meeting_on", problem);
    const auto parsed = ParseAudience(audience);
    if (!parsed) errors.Add("audience", "Choose the version to issue");
    if (errors.empty()) {
      CollectFieldError(errors, {"meeting_on"},
                        [&] { v.Use<Pack>().Issue(v.caller, v.ods(), *meeting_on, *parsed); });
    }
    if (!errors.empty()) return PackPage(v, meeting, audience, errors);
    return Redirect(v.OrgPath("/pack?done=issued"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/pack/issued/{issued}", viewer, [](Visit& v) {
    auto& pack = v.Use<Pack>();
    const IssuedPack issued = pack.GetIssued(v.caller, v.ods(), v.call.Id("issued"));
    return PdfDownload(Pack::FileName(issued, v.ods()),
                       pack.IssuedFile(v.caller, v.ods(), issued.id));
  });
}

}  // namespace boardlens::pack
