// The sections on the registers: services with their Making Data Count charts, user voice,
// strategy with its portfolio and benefits, and the risks on the Board Assurance Framework.

#include <algorithm>
#include <map>

#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/pack/sections.hpp"
#include "boardlens/features/portfolio/page_words.hpp"
#include "boardlens/features/risks/page_parts.hpp"
#include "boardlens/features/services/page_parts.hpp"
#include "boardlens/features/strategy/standing.hpp"
#include "boardlens/features/voice/page_parts.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::pack {
namespace {

using Rows = std::vector<std::vector<std::string>>;

/// A table from rows whose first is its headings, as the registers' downloads give them.
void TableOf(pdf::Document& doc, Rows rows, std::vector<double> widths = {}) {
  std::vector<std::string> headings = std::move(rows.front());
  rows.erase(rows.begin());
  doc.Table(std::move(headings), std::move(rows), std::move(widths));
}

/// One measure: its icons and latest value in words, then its XmR chart across the page. On
/// screen, where a phone loads the whole section, only a chart that ShowsSignal is drawn; the
/// others link to theirs.
void MeasureChart(Writing& w, const services::Service& service, const services::MeasureSeries& m) {
  pdf::Document& doc = w.doc;
  const auto& what = m.measure.what;
  doc.Heading(3, what.name);
  if (!m.chart || m.chart->rows.empty()) {
    doc.Paragraph(m.problem.empty() ? "Not charted yet: a chart needs 2 values." : m.problem);
    return;
  }
  const services::SpcChart& chart = *m.chart;
  const html::Icon variation = services::VariationSign(chart.variation, what.improvement);
  const auto assurance = services::AssuranceSign(chart.assurance);
  std::vector<html::Html> icons{html::MdcSymbol(variation)};
  if (assurance) icons.push_back(html::MdcSymbol(*assurance));
  const auto& last = services::LatestComplete(chart);  // what the variation icon describes
  w.Figures(std::move(icons), 0.06)
      .KeepWithNext()
      .Paragraph("Latest " + services::ValueText(last.value, what.unit) + " (" +
                 DateText(last.date) + "). " + variation.label + "." +
                 (assurance ? " " + assurance->label + "." : std::string()) +
                 (what.target ? " Target " + services::ValueText(*what.target, what.unit) + "."
                              : std::string()))
      .KeepWithNext();
  const html::ChartText text{"xmr-" + std::to_string(m.measure.id), what.name, ""};
  w.Figures({services::XmrDrawing(text, chart, what.target, what.unit, true)}, 1.0,
            services::ShowsSignal(chart)
                ? services::ChartSvg(text, chart, what.target, what.unit, false)
                : html::Render("<p><a href=\"/orgs/{}/measures/{}\">See the chart of {} for {}"
                               "</a></p>",
                               w.ods, m.measure.id, AsciiLower(what.name), service.what.name));
}

html::HeatTone ToneOf(risks::Band band) {
  switch (band) {
    case risks::Band::kModerate:
      return html::HeatTone::kModerate;
    case risks::Band::kHigh:
      return html::HeatTone::kHigh;
    case risks::Band::kExtreme:
      return html::HeatTone::kExtreme;
    case risks::Band::kLow:
      break;
  }
  return html::HeatTone::kLow;
}

}  // namespace

void Services(Writing& w, services::ServiceRegister& services) {
  const auto all = services.List(w.caller, w.ods);
  Open(w.doc, 2);
  if (all.empty()) {
    w.doc.Paragraph("The services register is empty: no digital service is recorded yet.");
    return;
  }
  Rows rows{{"Service", "Stage", "Supplier", "Contract ends"}};
  if (w.names()) rows[0].insert(rows[0].begin() + 2, "Owner");
  for (const auto& s : all) {
    std::vector<std::string> row{s.what.name, std::string(services::StageLabel(s.what.stage)),
                                 s.what.supplier, DateText(s.what.contract_ends_on)};
    if (w.names()) row.insert(row.begin() + 2, s.owner_name);
    rows.push_back(std::move(row));
  }
  w.doc.Heading(2, "The services register");
  TableOf(w.doc, std::move(rows));
  w.doc.Paragraph(
      "Each measure as Making Data Count shows it: icons for its variation and, against a "
      "target, its assurance, and an XmR chart of its values with their mean and process "
      "limits.");
  Id service = 0;
  for (const auto& [s, m] : services.AllSeries(w.caller, w.ods)) {
    if (s.id != service) w.doc.Heading(2, s.what.name);
    service = s.id;
    MeasureChart(w, s, m);
  }
}

void UserVoice(Writing& w, voice::Voice& voice) {
  const voice::Summary summary = voice.Summarise(w.caller, w.ods);
  Open(w.doc, 3).Paragraph(
      "What staff and patients report gets in their way when they use the organisation's "
      "digital services, over the last 12 months. A figure drawn from fewer than " +
      std::to_string(voice::kMinResponses) +
      " reports is not shown, nor any that would let one be worked out.");
  if (summary.total && *summary.total == 0) {
    w.doc.Paragraph("No one has reported anything in the last 12 months.");
  } else {
    w.doc.Heading(2, "Reports by month");
    TableOf(w.doc, voice::MonthRows(summary));
    w.doc.Heading(2, "What gets in the way");
    TableOf(w.doc, voice::ThemeRows(summary), {0.7, 0.3});
    w.doc.Heading(2, "Who reported");
    TableOf(w.doc, voice::ReporterRows(summary), {0.7, 0.3});
  }
  w.doc.Heading(2, "You said, we did");
  Rows changes{{"You said", "We did", "When"}};
  for (const auto& c : voice.Changes(w.caller, w.ods)) {
    // The public pack shows only what the organisation has chosen to publish.
    if (!w.names() && !c.what.published) continue;
    changes.push_back({c.what.heard, c.what.did, DateText(c.what.done_on)});
  }
  if (changes.size() == 1) {
    w.doc.Paragraph("No change made in answer to what users said is recorded yet.");
  } else {
    TableOf(w.doc, std::move(changes), {0.4, 0.42, 0.18});
  }
}

void StrategyAndPortfolio(Writing& w, strategy::Strategies& strategies,
                          portfolio::Portfolio& portfolio, portfolio::Benefits& benefits) {
  Open(w.doc, 4);
  if (const auto current = strategies.Current(w.caller, w.ods)) {
    const auto& s = current->strategy;
    w.doc
        .Paragraph("Version " + std::to_string(s.version.number) + ", covering " +
                   strategy::HorizonText(s.what) + ". " +
                   (s.version.approved_on.empty()
                        ? "The board has not approved this version."
                        : "Approved by the board on " + DateText(s.version.approved_on) + "."))
        .Heading(2, "Vision")
        .Paragraph(s.what.vision.empty() ? "No vision is written yet." : s.what.vision);
    std::vector<std::string> priorities;
    for (const auto& p : s.what.priorities) priorities.push_back(p.title + (p.top ? " (top)" : ""));
    w.doc.Heading(2, "Priorities");
    if (priorities.empty())
      w.doc.Paragraph("None recorded.");
    else
      w.doc.Bullets(std::move(priorities));
    Rows outcomes{{"Outcome", "Target", "By", "Where it stands"}};
    for (const auto& o : s.what.outcomes) {
      const auto it = current->standings.find(o.key);
      outcomes.push_back({o.title, o.target, DateText(o.due_on),
                          it == current->standings.end()
                              ? std::string("Not linked to a measure")
                              : std::string(strategy::JudgementLabel(it->second.judgement))});
    }
    w.doc.Heading(2, "Outcomes");
    TableOf(w.doc, std::move(outcomes), {0.46, 0.18, 0.16, 0.2});
    w.doc.Heading(2, "Strategy checks");
    std::vector<std::string> findings;
    for (const auto& f : current->findings) findings.push_back(f.problem + " " + f.what_to_do);
    if (findings.empty())
      w.doc.Paragraph("The strategy passes every check.");
    else
      w.doc.Bullets(std::move(findings));
  } else {
    w.doc.Paragraph("No digital strategy is recorded yet.");
  }

  w.doc.Heading(2, "Portfolio");
  Rows items{{"Programme or project", "Kind", "Stage", "Delivery confidence"}};
  for (const auto& item : portfolio.List(w.caller, w.ods)) {
    items.push_back({item.what.name, portfolio::KindText(item.what),
                     std::string(portfolio::Label(item.what.stage)),
                     item.latest ? std::string(portfolio::Label(item.latest->confidence)) + ", " +
                                       MonthText(item.latest->month)
                                 : std::string("Not reported")});
  }
  if (items.size() == 1)
    w.doc.Paragraph("The portfolio is empty.");
  else
    TableOf(w.doc, std::move(items), {0.44, 0.18, 0.16, 0.22});

  w.doc.Heading(2, "Benefits");
  Rows rows{{"Benefit", "Of", "Baseline", "Target"}};
  if (w.names()) rows[0].emplace_back("Owner");
  for (const auto& b : benefits.List(w.caller, w.ods, std::nullopt)) {
    const auto value = [&](const std::optional<double>& v, const std::string& on) {
      return v ? services::ValueText(*v, b.what.unit) + (on.empty() ? "" : ", " + DateText(on))
               : std::string("Not set");
    };
    std::vector<std::string> row{b.what.title, b.item_name,
                                 value(b.what.baseline, b.what.baseline_on),
                                 value(b.what.target, b.what.target_on)};
    if (w.names()) row.push_back(b.owner_name);
    rows.push_back(std::move(row));
  }
  if (rows.size() == 1)
    w.doc.Paragraph("No benefit is recorded yet.");
  else
    TableOf(w.doc, std::move(rows));
}

void Risks(Writing& w, risks::RiskRegister& register_) {
  auto all = register_.List(w.caller, w.ods);
  Open(w.doc, 5);
  if (all.empty()) {
    w.doc.Paragraph("No digital risk is on the Board Assurance Framework yet.");
    return;
  }
  risks::SortByCurrentScore(all);
  const auto map = risks::PlaceOnHeatMap(all, risks::ScoreKind::kCurrent);
  html::HeatSquares squares{};
  for (std::size_t l = 0; l < 5; ++l) {
    for (std::size_t c = 0; c < 5; ++c) {
      const auto& cell = map.at(l).at(c);
      const auto n = cell.risks.size();
      squares.at(l).at(c) = {ToneOf(cell.band()),
                             n == 0 ? "" : std::to_string(n) + (n == 1 ? " risk" : " risks")};
    }
  }
  w.doc
      .Paragraph(
          "The digital risks on the Board Assurance Framework, scored on the NHS 5 x 5 "
          "matrix: likelihood times consequence.")
      .Heading(2, "Heat map of current scores");
  w.Figures(
      {html::HeatMapChart({"heat", "Current scores", ""}, squares, "Likelihood", "Consequence")},
      0.6);
  const auto appetites = register_.Appetites(w.caller, w.ods);
  Rows rows{{"Risk and the objective it threatens", "Current (target)",
             "Gaps in control and "
             "assurance",
             "Next review"}};
  for (const auto& r : all) {
    const auto score = [](const risks::Rating& at) {
      return std::to_string(risks::Score(at)) + " " +
             std::string(risks::BandLabel(risks::BandOf(risks::Score(at))));
    };
    std::string risk = FullSentence(r.what.title) + " Objective: " + FullSentence(r.what.objective);
    if (w.names() && !r.owner_name.empty()) risk += " Owner: " + r.owner_name + ".";
    std::string gaps =
        r.what.control_gaps.empty() ? "" : "Control: " + FullSentence(r.what.control_gaps);
    if (!r.what.assurance_gaps.empty()) {
      gaps += (gaps.empty() ? "" : " ") + ("Assurance: " + FullSentence(r.what.assurance_gaps));
    }
    rows.push_back({risk,
                    score(r.what.current) + " (" + score(r.what.target) + ")" +
                        (risks::AboveAppetite(r, appetites) ? ", above appetite" : ""),
                    gaps.empty() ? "None recorded" : gaps, DateText(r.what.review_on)});
  }
  w.doc.Heading(2, "Board Assurance Framework extract");
  TableOf(w.doc, std::move(rows), {0.36, 0.17, 0.33, 0.14});
}

}  // namespace boardlens::pack
