// The board pack's page, and the PDF it offers.

#include "boardlens/features/pack/feature.hpp"
#include "boardlens/features/pack/pack.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::pack {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

}  // namespace

void AddPages(http::Router& routes) {
  const http::Needs viewer = http::Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/pack", viewer, [](Visit& v) {
    // The sections are known without reading a register: the PDF is made when it is asked for.
    Html sections;
    for (const Section& section : kSections) sections += Render("<li>{}</li>", section.title);
    Page page;
    page.title = "Board pack";
    page.content = Render(
        "<h1>Board pack</h1><p class=\"nhsuk-lede-text\">The papers for the board's next "
        "meeting on digital, written from every register as it stands today: an A4 PDF to "
        "print or send with the agenda.</p><h2>What it holds</h2><ol class=\"nhsuk-list "
        "nhsuk-list--number\">{}</ol><a class=\"nhsuk-button\" href=\"{}\" download>Download the "
        "board pack (PDF)</a>",
        sections, v.OrgPath("/pack.pdf"));
    return v.Show(page, "pack");
  });
  AddPage(routes, "GET", "/orgs/{ods}/pack.pdf", viewer, [](Visit& v) {
    auto& pack = v.Use<Pack>();
    http::Response r;
    r.content_type = "application/pdf";
    r.headers.emplace_back("Content-Disposition",
                           "attachment; filename=\"" + pack.FileName(v.ods()) + "\"");
    r.body = pdf::RenderPdf(pack.Of(v.caller, v.ods()));
    return r;
  });
}

}  // namespace boardlens::pack
