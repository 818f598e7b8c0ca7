#pragma once
/// Each section of the pack, written from what its register gives the caller. For pack.cpp.

#include <optional>

#include "boardlens/features/pack/pack.hpp"

namespace boardlens::pack {

/// What every section is written with.
struct Writing {
  Paper& paper;
  pdf::Document& doc;
  const Caller& caller;
  const std::string& ods;
  Audience audience;
  std::string today;  ///< YYYY-MM-DD
  bool names() const { return audience == Audience::kBoard; }
  /// Adds the drawings side by side, each `width` of the page across (Document::Figures);
  /// the web pack shows `on_screen` instead where given (a chart drawn for phones too).
  pdf::Document& Figures(std::vector<html::Html> svgs, double width,
                         std::optional<html::Html> on_screen = std::nullopt);
};

/// The section's level-1 heading, which starts its page and its contents entry.
pdf::Document& Open(pdf::Document& doc, std::size_t section);

// board_sections.cpp
void WhatNeedsTheBoard(Writing& w, briefing::Briefing& briefing);
void SelfAssessment(Writing& w, rounds::Rounds& rounds, results::Results& results);
void Assurance(Writing& w, assurance::Assurance& assurance);
void ActionsLog(Writing& w, actions::Actions& actions);

// register_sections.cpp
void Services(Writing& w, services::ServiceRegister& services);
void UserVoice(Writing& w, voice::Voice& voice);
void StrategyAndPortfolio(Writing& w, strategy::Strategies& strategies,
                          portfolio::Portfolio& portfolio, portfolio::Benefits& benefits);
void Risks(Writing& w, risks::RiskRegister& risks);

}  // namespace boardlens::pack
