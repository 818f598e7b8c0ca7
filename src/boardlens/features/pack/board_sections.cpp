// The sections on the board itself: what needs it, its self-assessment, triangulated
// assurance and its actions log.

#include "boardlens/base/text.hpp"
#include "boardlens/features/pack/sections.hpp"
#include "boardlens/features/results/figures.hpp"
#include "boardlens/html/charts.hpp"

namespace boardlens::pack {

void WhatNeedsTheBoard(Writing& w, briefing::Briefing& briefing) {
  const briefing::Brief brief = briefing.Of(w.caller, w.ods);
  Open(w.doc, 0).Paragraph(
      "Every register as it stands today, in the form board committees report: what the board "
      "should be alerted to, advised of and assured by.");
  for (const briefing::Level level : briefing::kAllLevels) {
    std::vector<std::string> lines;
    for (const auto& line : brief.lines) {
      if (line.level == level) lines.push_back(line.Said(w.names()) + ".");
    }
    w.doc.Heading(
        2, std::string(briefing::LevelWord(level)) + " (" + std::to_string(lines.size()) + ")");
    if (lines.empty()) {
      w.doc.Paragraph("Nothing at the moment.");
    } else {
      w.doc.Bullets(std::move(lines));
    }
  }
  if (!brief.questions.empty()) {
    w.doc.Heading(2, "Questions the board should ask next").Bullets(brief.questions);
  }
}

namespace {

/// A statistic to one decimal place, or why it is not shown.
std::string StatWords(const results::Stat& stat) {
  return stat.value ? html::OneDecimal(*stat.value) : "Not shown: " + stat.reason;
}

void ItemTable(pdf::Document& doc, const results::ResultsView& view) {
  const auto& fw = view.round.framework.framework;
  const bool previous = !results::HiddenEverywhere(view, &results::ItemResult::previous_mean);
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < view.results.items.size(); ++i) {
    const auto& r = view.results.items[i];
    std::vector<std::string> row{fw.items.at(i).title, StatWords(r.mean)};
    if (previous) {
      row.push_back(StatWords(r.previous_mean));
      row.push_back(results::ShownDifference(r.change, r.mean, r.previous_mean)
                        .value_or("Not shown: " + r.change.reason));
    }
    rows.push_back(std::move(row));
  }
  if (previous) {
    doc.Table({"Item", "This round", "Previous round", "Change"}, std::move(rows),
              {0.46, 0.18, 0.18, 0.18});
  } else {
    doc.Note("No comparison with an earlier round: " +
             *results::HiddenEverywhere(view, &results::ItemResult::previous_mean) + ".")
        .Table({"Item", "Mean rating, 1 to 5"}, std::move(rows), {0.7, 0.3});
  }
}

}  // namespace

void SelfAssessment(Writing& w, rounds::Rounds& rounds, results::Results& results) {
  Open(w.doc, 1);
  const auto latest = rounds::LatestClosed(rounds.ListRounds(w.caller, w.ods));
  if (!latest) {
    w.doc.Paragraph(
        "The board has not yet closed a self-assessment round, so there are no results to "
        "show. The board secretary opens a round from the Rounds page.");
    return;
  }
  const auto view = results.Of(w.caller, w.ods, latest->id);
  const auto& fw = view->round.framework.framework;
  const auto& who = view->results.respondents;
  w.doc.Paragraph(latest->title + ", against " + fw.title + ", closed on " +
                  DateText(latest->closed_on) + ". " + std::to_string(who.total()) +
                  " board members answered: " + std::to_string(who.executive) + " executive and " +
                  std::to_string(who.non_executive) + " non-executive.");
  for (const auto& warning : view->turnout_warnings) w.doc.Note(warning);
  w.doc.Heading(2, "Where the board stands");
  w.Figures({results::MeanRadar(*view)}, 0.62);
  ItemTable(w.doc, *view);

  std::vector<std::string> talk;
  for (std::size_t i = 0; i < view->results.items.size(); ++i) {
    for (const auto& sentence : results::FlagSentences(view->results.items[i])) {
      talk.push_back(fw.items.at(i).title + ". " + sentence);
    }
  }
  w.doc.Heading(2, "What to talk about");
  if (talk.empty()) {
    w.doc.Paragraph("No item is flagged for disagreement, a blind spot or an ownership gap.");
  } else {
    w.doc.Bullets(std::move(talk));
  }
  w.doc.Heading(2, "How the answers spread")
      .Note(
          "Each dot is one member's answer, from 1 to 5, with \"don't know\" set apart on the "
          "right. The bar covers the middle half of the ratings and the tick marks the median.");
  for (std::size_t i = 0; i < view->results.items.size(); ++i) {
    const auto& r = view->results.items[i];
    const std::string& title = fw.items.at(i).title;
    w.doc.Heading(3, title);
    if (r.median.value) {
      w.Figures({results::SpreadPlot(r, title, false)}, 0.55);
    } else {
      w.doc.Paragraph("Not shown: " + r.median.reason + ".");
    }
  }
}

void Assurance(Writing& w, assurance::Assurance& assurance) {
  const assurance::Picture p = assurance.Of(w.caller, w.ods);
  Open(w.doc, 6).Paragraph(
      "What the board reads in its papers, hears from the people who use its services and sees "
      "for itself, side by side. Where they disagree, an assurance gap is raised for the board "
      "to respond to.");
  w.doc.Heading(2, std::to_string(p.gaps.size()) +
                       (p.gaps.size() == 1 ? " assurance gap" : " assurance gaps"));
  if (p.gaps.empty()) w.doc.Paragraph("What the board reads, hears and sees agrees.");
  for (const auto& gap : p.gaps) {
    std::vector<std::string> lines = gap.evidence;
    if (!gap.response) {
      lines.emplace_back("Open: the board has not yet agreed an action or accepted a reason");
    } else if (gap.response->action_id) {
      lines.push_back("Action agreed: " + gap.response->text +
                      (w.names() ? " (" + gap.response->by + ")" : std::string()));
    } else {
      lines.push_back("Reason accepted: " + gap.response->text);
    }
    w.doc.Heading(3, gap.title).Bullets(std::move(lines));
  }
  w.doc.Heading(2, "Services");
  if (p.services.empty()) {
    w.doc.Paragraph("The services register is empty.");
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : p.services) {
      rows.push_back({row.name, Sentence(assurance::DescribeRead(row)),
                      Sentence(assurance::DescribeHeard(row.heard)),
                      Sentence(assurance::DescribeSeen(row.seen))});
    }
    w.doc.Table({"Service", "Read", "Heard", "Seen"}, std::move(rows), {0.25, 0.23, 0.3, 0.22});
  }
  w.doc.Heading(2, "Programmes and projects");
  if (p.programmes.empty()) {
    w.doc.Paragraph("No programme or project is in delivery.");
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : p.programmes) {
      rows.push_back({row.name, Sentence(assurance::DescribeRead(row)),
                      Sentence(assurance::DescribeSeen(row.seen))});
    }
    w.doc.Table({"Programme or project", "Read", "Seen"}, std::move(rows), {0.34, 0.33, 0.33});
  }
}

void ActionsLog(Writing& w, actions::Actions& actions) {
  const auto all = actions.List(w.caller, w.ods);
  Open(w.doc, 7);
  if (all.empty()) {
    w.doc.Paragraph("The board has not recorded any actions yet.");
    return;
  }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(all.size());
  for (const auto& a : all) {
    std::vector<std::string> row{a.what.title};
    if (w.names()) row.push_back(a.owner_name);
    row.push_back(DateText(a.what.due_on));
    row.emplace_back(actions::StatusWord(a, w.today));
    rows.push_back(std::move(row));
  }
  w.doc.Paragraph("Open actions first, soonest due first; then the rest, latest changed first.");
  if (w.names()) {
    w.doc.Table({"Action", "Owner", "Due", "Status"}, std::move(rows), {0.5, 0.2, 0.18, 0.12});
  } else {
    w.doc.Table({"Action", "Due", "Status"}, std::move(rows), {0.66, 0.2, 0.14});
  }
}

}  // namespace boardlens::pack
