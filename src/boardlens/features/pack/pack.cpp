#include "boardlens/features/pack/pack.hpp"

#include "boardlens/base/text.hpp"

namespace boardlens::pack {
namespace {

using pdf::Document;

Document& Open(Document& doc, const Section& section) {
  return doc.Heading(1, std::string(section.title), std::string(section.anchor));
}

void WhatNeedsTheBoard(Document& doc, const briefing::Brief& brief) {
  Open(doc, kSections[0])
      .Paragraph(
          "Every register as it stands today, in the form board committees report: what "
          "the board should be alerted to, advised of and assured by.");
  for (const briefing::Level level : briefing::kAllLevels) {
    std::vector<std::string> lines;
    for (const auto& line : brief.lines) {
      if (line.level == level) lines.push_back(line.text + ".");
    }
    doc.Heading(
        2, std::string(briefing::LevelWord(level)) + " (" + std::to_string(lines.size()) + ")");
    if (lines.empty()) {
      doc.Paragraph("Nothing at the moment.");
    } else {
      doc.Bullets(std::move(lines));
    }
  }
  if (!brief.questions.empty()) {
    doc.Heading(2, "Questions the board should ask next").Bullets(brief.questions);
  }
}

void Assurance(Document& doc, const assurance::Picture& p) {
  Open(doc, kSections[1])
      .Paragraph(
          "What the board reads in its papers, hears from the people who use its services "
          "and sees for itself, side by side. Where they disagree, an assurance gap is "
          "raised for the board to respond to.");
  doc.Heading(2, std::to_string(p.gaps.size()) +
                     (p.gaps.size() == 1 ? " assurance gap" : " assurance gaps"));
  if (p.gaps.empty()) doc.Paragraph("What the board reads, hears and sees agrees.");
  for (const auto& gap : p.gaps) {
    std::vector<std::string> lines = gap.evidence;
    if (!gap.response) {
      lines.emplace_back("Open: the board has not yet agreed an action or accepted a reason");
    } else if (gap.response->action_id) {
      lines.push_back("Action agreed: " + gap.response->text + " (" + gap.response->by + ")");
    } else {
      lines.push_back("Reason accepted: " + gap.response->text);
    }
    doc.Heading(3, gap.title).Bullets(std::move(lines));
  }
  doc.Heading(2, "Services");
  if (p.services.empty()) {
    doc.Paragraph("The services register is empty.");
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : p.services) {
      rows.push_back({row.name, Sentence(assurance::DescribeRead(row)),
                      Sentence(assurance::DescribeHeard(row.heard)),
                      Sentence(assurance::DescribeSeen(row.seen))});
    }
    doc.Table({"Service", "Read", "Heard", "Seen"}, std::move(rows), {0.25, 0.23, 0.3, 0.22});
  }
  doc.Heading(2, "Programmes and projects");
  if (p.programmes.empty()) {
    doc.Paragraph("No programme or project is in delivery.");
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : p.programmes) {
      rows.push_back({row.name, Sentence(assurance::DescribeRead(row)),
                      Sentence(assurance::DescribeSeen(row.seen))});
    }
    doc.Table({"Programme or project", "Read", "Seen"}, std::move(rows), {0.34, 0.33, 0.33});
  }
}

void ActionsLog(Document& doc, const std::vector<actions::Action>& all, const std::string& today) {
  Open(doc, kSections[2]);
  if (all.empty()) {
    doc.Paragraph("The board has not recorded any actions yet.");
    return;
  }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(all.size());
  for (const auto& a : all) {
    rows.push_back({a.what.title, a.owner_name, DateText(a.what.due_on),
                    std::string(actions::StatusWord(a, today))});
  }
  doc.Paragraph("Open actions first, soonest due first; then the rest, latest changed first.")
      .Table({"Action", "Owner", "Due", "Status"}, std::move(rows), {0.5, 0.2, 0.18, 0.12});
}

}  // namespace

pdf::Document Pack::Of(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  const std::string today = IsoDate(clock_.Now());
  Document doc;
  doc.title = access.org.name + ": digital board pack, " + DateText(today);
  doc.author = access.org.name;
  doc.Title(access.org.name, "Digital board pack, " + DateText(today))
      .Paragraph(
          "What the board reads in its papers, hears from the people who use its services "
          "and sees for itself, from every register boardlens keeps for the board, as they "
          "stand on " +
          DateText(today) + ".")
      .Note(
          "Figures drawn from fewer people than the thresholds boardlens keeps to are left "
          "out, and no individual's answers are shown.")
      .Heading(2, "Contents")
      .Contents();
  WhatNeedsTheBoard(doc, briefing_.Of(caller, ods));
  Assurance(doc, assurance_.Of(caller, ods));
  ActionsLog(doc, actions_.List(caller, ods), actions_.Today());
  return doc;
}

std::string Pack::FileName(const std::string& ods) const {
  return ods + "-board-pack-" + IsoDate(clock_.Now()) + ".pdf";
}

}  // namespace boardlens::pack
