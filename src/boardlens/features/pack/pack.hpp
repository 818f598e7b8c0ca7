#pragma once
/// The board pack use case: the papers a board works from, written from every register as one
/// printable document (pdf/document.hpp) and set as an A4 PDF. Anyone in the organisation may
/// make it; each register gives it what it shows them.

#include <array>
#include <string>
#include <string_view>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/features/briefing/briefing.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/pdf/document.hpp"

namespace boardlens::pack {

/// The pack's sections after its cover and contents, in order: a title and its anchor.
struct Section {
  std::string_view title;
  std::string_view anchor;
};
inline constexpr std::array<Section, 3> kSections{{
    {"What needs the board", "what-needs-the-board"},
    {"Assurance: read, heard and seen", "assurance"},
    {"Actions log", "actions"},
}};

class Pack {
 public:
  Pack(const Clock& clock, orgs::Organisations& organisations, briefing::Briefing& briefing,
       assurance::Assurance& assurance, actions::Actions& actions)
      : clock_(clock),
        organisations_(organisations),
        briefing_(briefing),
        assurance_(assurance),
        actions_(actions) {}

  /// The pack's document: cover, contents, then a section a register.
  pdf::Document Of(const Caller& caller, const std::string& ods);
  /// "RZZ-board-pack-2026-12-07.pdf".
  std::string FileName(const std::string& ods) const;

 private:
  const Clock& clock_;
  orgs::Organisations& organisations_;
  briefing::Briefing& briefing_;
  assurance::Assurance& assurance_;
  actions::Actions& actions_;
};

}  // namespace boardlens::pack
