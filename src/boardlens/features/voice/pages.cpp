// The board's user-voice page: the public link and its QR code, the last 12 months in figures
// (suppressed under 11 responses), the reports themselves for board members, a poster to
// print, and a CSV download of every table.

#include "boardlens/base/number.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/services/service.hpp"
#include "boardlens/features/voice/feature.hpp"
#include "boardlens/features/voice/page_parts.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/html/qr.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens::voice {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

std::string PublicLink(Visit& v) {
  return SiteUrl(v) + "/voice/" + v.Use<Voice>().Link(v.caller, v.ods());
}

Html LinkSection(Visit& v, const std::string& link) {
  Html out = Render(
      "<h2 id=\"link\">The public form</h2><p>Staff and patients reach the form by this link or "
      "its QR code. They need no account, and the form asks nothing that identifies them.</p>"
      "<p class=\"bl-token\"><a href=\"{}\">{}</a></p>{}"
      "<p><a href=\"{}\">Print a poster with the QR code</a></p>",
      link, link, QrSvg(link, "QR code for the public form"), v.OrgPath("/voice/poster"));
  out += Render(
      "<h3 class=\"nhsuk-heading-s\">What the form says about getting help</h3><div "
      "class=\"nhsuk-inset-text\"><p class=\"bl-preserve-lines\">{}</p></div>",
      v.Use<Voice>().Help(v.caller, v.ods()));
  if (v.org().role >= Role::kSecretary) {
    out += Render("<p><a href=\"{}\">Change what the form says about getting help</a></p>",
                  v.OrgPath("/voice/help"));
    out += Details(
        "Replace the link",
        Render("<p>A new link stops the old one, and its posters, from working. Do this if the "
               "link is being misused.</p>{}",
               ButtonForm(v.OrgPath("/voice/link"), v.caller.csrf_token, "Replace the link",
                          "secondary")));
  }
  return out;
}

/// A monthly series on a Making Data Count chart with its variation icon; nullopt when a month
/// is suppressed, because a chart draws every point. This month, not over by `today`, is
/// drawn but kept out of the limits and rules.
std::optional<Html> MonthlyChart(const std::string& id, const std::string& title,
                                 const std::vector<std::string>& months,
                                 const std::vector<std::optional<double>>& values,
                                 services::Improvement improvement, std::string_view unit,
                                 const std::string& today) {
  std::vector<services::SpcPoint> points;
  for (std::size_t i = 0; i < months.size() && i < values.size(); ++i) {
    if (!values[i]) return std::nullopt;
    points.push_back({months[i] + "-01", *values[i]});
  }
  services::SpcOptions options;
  options.improvement = improvement;
  options.frequency = services::Frequency::kMonthly;
  options.today = today;
  if (services::CompletePoints(points, options) < 2) return Html();
  const services::SpcChart chart = services::ComputeSpc(points, options);
  return Render(
      "<h3 class=\"nhsuk-heading-s\">{}</h3>{}<div class=\"bl-spc-icons\">{}</div>", title,
      services::ChartSvg({id, title, "Each month of the last 12."}, chart, std::nullopt, unit),
      services::VariationIcon(chart.variation, improvement));
}

/// The charts of `charts` that could be drawn, and one sentence naming those that could not.
Html ChartsOrWhyNot(const std::vector<std::pair<std::string, std::optional<Html>>>& charts) {
  Html out;
  std::string missing;
  for (const auto& [title, chart] : charts) {
    if (chart) {
      out += *chart;
    } else {
      missing += (missing.empty() ? "" : "; ") + title;
    }
  }
  if (!missing.empty()) {
    out += Render(
        "<p class=\"nhsuk-body-s\">Not drawn, because some of their months are hidden to "
        "protect the people who reported: {}.</p>",
        missing);
  }
  return out;
}

std::vector<std::optional<double>> AsValues(const std::vector<Shown>& counts) {
  std::vector<std::optional<double>> out;
  out.reserve(counts.size());
  for (const Shown& c : counts)
    out.push_back(c ? std::optional<double>(static_cast<double>(*c)) : std::nullopt);
  return out;
}

/// The month table's charts, on Making Data Count's rules: fewer reports is better; a higher
/// Friends and Family Test score is better.
Html Charts(const Summary& s, const std::string& today) {
  std::vector<Shown> reports;
  std::vector<std::optional<double>> fft;
  for (const MonthRow& m : s.by_month) {
    reports.push_back(m.reports);
    fft.push_back(m.fft_positive.value);
  }
  const std::string fft_title = "Friends and Family Test: very good or good";
  return ChartsOrWhyNot(
      {{"reports each month",
        MonthlyChart("voice-reports", "Reports each month", s.months, AsValues(reports),
                     services::Improvement::kDown, "reports", today)},
       {"the Friends and Family Test score",
        MonthlyChart("voice-fft", fft_title, s.months, fft, services::Improvement::kUp, "%",
                     today)}});
}

/// A chart for each service reported on.
Html ServiceCharts(const Summary& s, const std::string& today) {
  std::vector<std::pair<std::string, std::optional<Html>>> charts;
  for (std::size_t i = 0; i < s.by_service.size(); ++i) {
    const ServiceRow& row = s.by_service[i];
    if (row.total && *row.total == 0) continue;  // nobody reported on it
    charts.emplace_back(
        row.service.name,
        MonthlyChart("voice-service-" + std::to_string(i), row.service.name, s.months,
                     AsValues(row.by_month), services::Improvement::kDown, "reports", today));
  }
  return ChartsOrWhyNot(charts);
}

Html ChangesSection(Visit& v) {
  const auto changes = v.Use<Voice>().Changes(v.caller, v.ods());
  const bool secretary = v.org().role >= Role::kSecretary;
  Html out(
      "<h2 id=\"you-said-we-did\">You said, we did</h2><p>What the board heard and what it "
      "changed. Published entries appear on the public page of the form.</p>");
  if (changes.empty()) {
    out += Html("<p>No entries yet.</p>");
  } else {
    Table table;
    table.caption = "You said, we did";
    table.headings = {"Done", "You said", "We did", "Public"};
    if (secretary) table.headings.emplace_back("Change");
    for (const Change& c : changes) {
      std::vector<Html> row{Escape(DateText(c.what.done_on)), Escape(c.what.heard),
                            Escape(c.what.did),
                            c.what.published ? Tag("Published", "green") : Tag("Draft", "grey")};
      if (secretary) {
        row.push_back(
            Render("<a href=\"{}\">Edit<span class=\"nhsuk-u-visually-hidden\"> the "
                   "entry done {}</span></a>",
                   v.OrgPath("/voice/changes/" + std::to_string(c.id) + "/edit"),
                   DateText(c.what.done_on)));
      }
      table.rows.push_back(std::move(row));
    }
    out += DataTable(table) + CsvLink(v.OrgPath("/voice/changes.csv"));
  }
  if (secretary) {
    out += Render("<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Add an entry</a>",
                  v.OrgPath("/voice/changes/new"));
  }
  return out;
}

http::Response SummaryPage(Visit& v) {
  auto& voice = v.Use<Voice>();
  const Summary s = voice.Summarise(v.caller, v.ods());
  Page page;
  page.title = "User voice";
  if (v.request.Query("done") == "rotated") {
    page.content += SuccessBanner("Link replaced", "The old link and its posters no longer work.");
  }
  if (v.request.Query("done") == "saved") page.content += SuccessBanner("Entry saved");
  if (v.request.Query("done") == "help") {
    page.content += SuccessBanner("Help saved", "The public form shows the new words.");
  }
  page.content += Render(
      "<h1>User voice</h1><p>What staff and patients told the board about its digital services "
      "in the last 12 months. To protect the people who wrote them, any figure drawn from fewer "
      "than {} responses is not shown, nor any figure from which a hidden one could be worked "
      "out.</p><p>Reports in the last 12 months: {}.</p>",
      kMinResponses, ShownText(s.total));
  if (voice.CanReadReports(v.caller, v.ods())) {
    page.content +=
        Render("<p><a href=\"{}\">Read the reports</a></p>", v.OrgPath("/voice/reports"));
  }
  page.content += LinkSection(v, PublicLink(v));
  page.content += Html(
      "<h2>Each month</h2><p>The Friends and Family Test score is the share "
      "answering very good or good, of those who did not answer don't know.</p>");
  page.content += Charts(s, voice.Today());
  page.content += TableOf("Reports and Friends and Family Test score each month", MonthRows(s),
                          v.OrgPath("/voice/months.csv"));
  page.content += Html(
      "<h2>Each service</h2><p>Fewer reports is better: a service's chart "
      "shows whether its reports are rising beyond what is usual for it.</p>");
  page.content += ServiceCharts(s, voice.Today());
  page.content += TableOf("Reports about each service each month", ServiceRows(s),
                          v.OrgPath("/voice/services.csv"), true);
  page.content += Html("<h2>What got in the way</h2><p>A report may name several things.</p>");
  page.content += TableOf("What got in the way", ThemeRows(s), v.OrgPath("/voice/themes.csv"));
  page.content += Html("<h2>Who reported</h2>");
  page.content += TableOf("Staff and patients", ReporterRows(s), v.OrgPath("/voice/reporters.csv"));
  page.content += ChangesSection(v);
  return v.Show(page, "voice");
}

TextRows ReportRows(const std::vector<ReportRow>& reports, bool with_contact) {
  TextRows rows{{"Received", "Service", "Who", "What got in the way", "What happened", "How often",
                 "How much it mattered", "Overall experience"}};
  if (with_contact) rows.front().emplace_back("Contact (given with consent)");
  for (const ReportRow& row : reports) {
    const Report& r = row.report;
    std::string barriers;
    for (const Barrier b : r.barriers)
      barriers += (barriers.empty() ? "" : "; ") + std::string(LabelOf(b));
    rows.push_back({r.received_on, r.service_id ? row.service_name : "Something else",
                    r.reporter == Reporter::kStaff ? "Staff" : "Patient, carer or visitor",
                    barriers, r.what_happened, std::string(LabelOf(r.how_often)),
                    std::string(LabelOf(r.impact)), std::string(LabelOf(r.fft))});
    if (with_contact) rows.back().push_back(r.contact);
  }
  return rows;
}

/// The query string of `f` at `page` (0: none), for links that keep the filter.
std::string QueryOf(const ReportFilter& f, int page) {
  std::string out;
  const auto add = [&](const char* name, const std::string& value) {
    if (!value.empty())
      out += (out.empty() ? "?" : "&") + std::string(name) + "=" + http::UrlEncode(value);
  };
  add("service", f.service);
  add("month", f.month);
  add("barrier", f.barrier);
  add("reporter", f.reporter);
  add("search", f.search);
  if (page > 0) add("page", std::to_string(page));
  return out;
}

Html FilterForm(Visit& v, const ReportList& list, const ReportFilter& f) {
  std::vector<Choice> services;
  for (const ServiceLabel& s : list.services)
    services.push_back({std::to_string(*s.id), s.name, {}, false});
  services.push_back({"other", "Something else", {}, false});
  std::vector<Choice> months;
  for (auto m = list.months.rbegin(); m != list.months.rend(); ++m) {
    months.push_back({*m, MonthText(*m), {}, false});
  }
  std::vector<Choice> barriers;
  for (const Option& o : Barriers())
    barriers.push_back({std::string(o.name), std::string(o.label), {}, false});
  const std::vector<Choice> reporters{{"staff", "Staff", {}, false},
                                      {"patient", "Patients, carers and visitors", {}, false}};
  return Render(
      "<form class=\"bl-filters\" action=\"{}\" method=\"get\" novalidate><h2 "
      "class=\"nhsuk-heading-s\">Filter the reports</h2><div class=\"nhsuk-grid-row\"><div "
      "class=\"nhsuk-grid-column-one-third\">{}{}</div><div "
      "class=\"nhsuk-grid-column-one-third\">{}{}</div><div "
      "class=\"nhsuk-grid-column-one-third\">{}</div></div><div "
      "class=\"nhsuk-button-group\">{}<a class=\"nhsuk-link\" href=\"{}\">Clear the "
      "filters</a></div></form>",
      v.OrgPath("/voice/reports"),
      Select({"service", "Service", f.service, {}, {}}, "All services", services),
      Select({"month", "Month received", f.month, {}, {}}, "All of the last 12 months", months),
      Select({"barrier", "What got in the way", f.barrier, {}, {}}, "Anything", barriers),
      Select({"reporter", "Who reported", f.reporter, {}, {}}, "Staff and patients", reporters),
      TextInput({"search", "Words in what happened", f.search, {}, {}}, "search", "off"),
      Button("Show the reports", "secondary"), v.OrgPath("/voice/reports"));
}

/// The page's table: each report with its date as every page writes dates. A contact, for
/// the secretary, goes under what happened rather than in a ninth column, which would not fit
/// beside the others on a laptop's screen.
Html ReportTable(const std::vector<ReportRow>& reports, bool with_contact) {
  const TextRows rows = ReportRows(reports, with_contact);
  constexpr std::size_t kWhatHappened = 4;
  constexpr std::size_t kContact = 8;
  Table table;
  table.caption = "Reports, newest first";
  table.wide = true;
  table.headings.assign(rows.front().begin(), rows.front().begin() + kContact);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<Html> cells{Escape(DateText(rows[i][0]))};
    for (std::size_t c = 1; c < kContact; ++c) cells.push_back(Escape(rows[i][c]));
    if (with_contact && !rows[i][kContact].empty()) {
      cells[kWhatHappened] += Render(
          "<p class=\"nhsuk-body-s bl-contact\">Contact (given with "
          "consent): {}</p>",
          rows[i][kContact]);
    }
    table.rows.push_back(std::move(cells));
  }
  return DataTable(table);
}

/// How many match, in words that add no count under the threshold: the list shows those
/// reports, but a number beside a filter would be a breakdown of its own.
std::string MatchingText(const ReportList& list) {
  if (list.matching == 0) return "No reports match. Choose fewer filters, or other words.";
  if (list.matching < kMinResponses) return "The reports that match, newest first.";
  const std::int64_t first = std::int64_t{list.page - 1} * kReportsPerPage + 1;
  const std::int64_t last = first + static_cast<std::int64_t>(list.rows.size()) - 1;
  return "Showing reports " + WithThousands(first) + " to " + WithThousands(last) + " of " +
         WithThousands(list.matching) + ", newest first.";
}

http::Response ReportsPage(Visit& v) {
  auto& voice = v.Use<Voice>();
  const ReportFilter filter = FilterOf(v.request, voice.ReportMonths(), true);
  const ReportList list = voice.Reports(v.caller, v.ods(), filter);
  const bool secretary = v.org().role >= Role::kSecretary;
  Page page;
  page.title = list.pages > 1 ? "User voice reports (page " + std::to_string(list.page) + " of " +
                                    std::to_string(list.pages) + ")"
                              : std::string("User voice reports");
  page.before_content = BackLink(v.OrgPath("/voice"), "Back to user voice");
  page.content = Render(
      "<h1>User voice reports</h1><p>Reports from the last 12 months. People were asked not to "
      "name anyone; if a report does, treat it as confidential.</p>{}{}<p>{}</p>",
      secretary ? Html("<p>Contact details show only where the person gave them and agreed to be "
                       "contacted. Only the secretary sees them.</p>")
                : Html(),
      FilterForm(v, list, filter), MatchingText(list));
  if (!list.rows.empty()) {
    page.content += ReportTable(list.rows, secretary);
    page.content += Pagination(list.page, list.pages, [&](int n) {
      return v.OrgPath("/voice/reports") + QueryOf(filter, n);
    });
    page.content += CsvLink(v.OrgPath("/voice/reports.csv") + QueryOf(filter, 0));
  }
  return v.Show(page, "voice");
}

http::Response PosterPage(Visit& v) {
  const std::string link = PublicLink(v);
  const auto org = v.Use<orgs::Organisations>().GetOrganisation(v.caller, v.ods());
  Page page;
  page.title = "Poster: tell us what got in the way";
  page.before_content = BackLink(v.OrgPath("/voice"), "Back to user voice");
  page.content = Render(
      "<div class=\"bl-poster\"><p class=\"nhsuk-caption-xl\">{}</p>"
      "<h1 class=\"nhsuk-heading-xl\">Did a digital service get in your way?</h1>"
      "<p class=\"nhsuk-body-l\">Tell our board in one minute. You do not need to give your "
      "name.</p>{}<p class=\"nhsuk-body-l\">Scan the code with your phone's camera, or go to:</p>"
      "<p class=\"nhsuk-body-l bl-token\"><strong>{}</strong></p><p>We publish what we change "
      "because of what you tell us.</p></div>",
      org.name, QrSvg(link, "QR code for the form"), link);
  return v.Show(page, "voice");
}

}  // namespace

ReportFilter FilterOf(const http::Request& request, const std::vector<std::string>& months,
                      bool paged) {
  return ReadReportFilter([&](std::string_view name) { return request.Query(std::string(name)); },
                          months, paged);
}

void AddPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/voice", viewer, SummaryPage);
  AddPage(routes, "GET", "/orgs/{ods}/voice/reports", Needs::InOrg(Role::kMember), ReportsPage);
  AddPage(routes, "GET", "/orgs/{ods}/voice/poster", viewer, PosterPage);
  AddPage(routes, "POST", "/orgs/{ods}/voice/link", Needs::InOrg(Role::kSecretary), [](Visit& v) {
    v.Use<Voice>().RotateLink(v.caller, v.ods());
    return Redirect(v.OrgPath("/voice?done=rotated#link"));
  });
  const auto csv = [&](const char* name, TextRows (*rows)(const Summary&)) {
    AddDownload(routes, std::string("/orgs/{ods}/voice/") + name, viewer, [name, rows](Visit& v) {
      return Download{v.ods() + "-voice-" + name,
                      rows(v.Use<Voice>().Summarise(v.caller, v.ods()))};
    });
  };
  csv("months", MonthRows);
  csv("services", ServiceRows);
  csv("themes", ThemeRows);
  csv("reporters", ReporterRows);
  AddDownload(routes, "/orgs/{ods}/voice/reports", Needs::InOrg(Role::kMember), [](Visit& v) {
    auto& voice = v.Use<Voice>();
    const ReportFilter filter = FilterOf(v.request, voice.ReportMonths(), false);
    return Download{v.ods() + "-voice-reports",
                    ReportRows(voice.Reports(v.caller, v.ods(), filter).rows,
                               v.org().role >= Role::kSecretary)};
  });
}

}  // namespace boardlens::voice
