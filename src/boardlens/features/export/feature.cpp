#include "boardlens/features/export/feature.hpp"

#include "boardlens/html/page.hpp"

namespace boardlens::exports {

void Register(Registration& r) {
  // The tables are read when the workbook is asked for: by then every feature has added its.
  html::AddPage(r.routes, "GET", "/orgs/{ods}/export.xlsx", http::Needs::InOrg(Role::kViewer),
                [&routes = r.routes](html::Visit& v) {
                  return html::XlsxDownload(v.ods() + "-registers.xlsx",
                                            html::WorkbookOfTables(routes, v));
                });
}

}  // namespace boardlens::exports
