#include "boardlens/features/pack/pack.hpp"

#include "boardlens/base/secrets.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/pack/sections.hpp"

namespace boardlens::pack {

pdf::Document& Open(pdf::Document& doc, std::size_t section) {
  const Section& s = kSections.at(section);
  return doc.Heading(1, std::string(s.title), std::string(s.anchor));
}

pdf::Document& Writing::Figures(std::vector<html::Html> svgs, double width,
                                std::optional<html::Html> on_screen) {
  std::vector<std::string> text;
  text.reserve(svgs.size());
  for (const auto& svg : svgs) text.push_back(svg.str());
  if (on_screen) svgs = {std::move(*on_screen)};
  paper.figures.emplace(doc.blocks.size(), std::move(svgs));
  return doc.Figures(std::move(text), width);
}

Paper Pack::Of(const Caller& caller, const std::string& ods, Audience audience) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  const std::string today = Today();
  const bool public_pack = audience == Audience::kPublic;
  Paper paper;
  pdf::Document& doc = paper.document;
  doc.title = access.org.name + ": " + (public_pack ? "public " : "") + "digital board pack, " +
              DateText(today);
  doc.author = access.org.name;
  doc.Title(access.org.name,
            std::string(public_pack ? "Public digital board pack, " : "Digital board pack, ") +
                DateText(today))
      .Paragraph(
          "What the board reads in its papers, hears from the people who use its services and "
          "sees for itself, from every register boardlens keeps for the board, as they stand "
          "on " +
          DateText(today) + ".")
      .Note(public_pack
                ? "This version is fit to publish: figures drawn from too few people stay out, "
                  "as do individuals' answers and names, who recorded an observation, and what "
                  "users wrote in their own words."
                : "Figures drawn from fewer people than the thresholds boardlens keeps to are "
                  "left out, and no individual's answers are shown.")
      .Heading(2, "Contents")
      .Contents();
  Writing w{paper, doc, caller, ods, audience, today};
  WhatNeedsTheBoard(w, registers_.briefing);
  SelfAssessment(w, registers_.rounds, registers_.results);
  Services(w, registers_.services);
  UserVoice(w, registers_.voice);
  StrategyAndPortfolio(w, registers_.strategies, registers_.portfolio, registers_.benefits);
  Risks(w, registers_.risks);
  Assurance(w, registers_.assurance);
  ActionsLog(w, registers_.actions);
  return paper;
}

std::string Pack::FileName(const std::string& ods, Audience audience) const {
  return ods + (audience == Audience::kPublic ? "-public" : "") + "-board-pack-" + Today() + ".pdf";
}

IssuedPack Pack::Issue(const Caller& caller, const std::string& ods, const std::string& meeting_on,
                       Audience audience) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  CheckMeeting(meeting_on, Today());
  const std::string pdf = pdf::RenderPdf(Of(caller, ods, audience).document);
  IssuedPack issued;
  issued.org_id = access.org.id;
  issued.meeting_on = meeting_on;
  issued.audience = audience;
  issued.issued_by = caller.account();
  issued.issued_by_name = caller.DisplayName();
  issued.issued_at = clock_.Now();
  issued.sha256 = Sha256Hex(pdf);
  issued.size = static_cast<std::int64_t>(pdf.size());
  issued.id = db::Transaction(db_, [&] { return repository_.Insert(issued, pdf); });
  return issued;
}

std::vector<IssuedPack> Pack::Issued(const Caller& caller, const std::string& ods) {
  return repository_.List(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

IssuedPack Pack::GetIssued(const Caller& caller, const std::string& ods, Id id) {
  auto found = repository_.Find(organisations_.Require(caller, ods, Role::kViewer).org.id, id);
  if (!found) throw NotFound("no pack " + std::to_string(id) + " has been issued in " + ods);
  return std::move(*found);
}

std::string Pack::IssuedFile(const Caller& caller, const std::string& ods, Id id) {
  auto file = repository_.File(organisations_.Require(caller, ods, Role::kViewer).org.id, id);
  if (!file) throw NotFound("no pack " + std::to_string(id) + " has been issued in " + ods);
  return std::move(*file);
}

std::string Pack::FileName(const IssuedPack& issued, const std::string& ods) {
  return ods + (issued.audience == Audience::kPublic ? "-public" : "") + "-board-pack-for-" +
         issued.meeting_on + ".pdf";
}

}  // namespace boardlens::pack
