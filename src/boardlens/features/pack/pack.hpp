#pragma once
/// The board pack use case: the papers a board works from, written from every register as one
/// printable document (pdf/document.hpp), set as an A4 PDF or shown as a web page. Anyone in
/// the organisation may make it; each register gives it what it shows them. The public
/// version, fit for the organisation's website, also leaves out every person's name.

#include <array>
#include <map>
#include <string>
#include <string_view>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/assurance/assurance.hpp"
#include "boardlens/features/briefing/briefing.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/pack/repository.hpp"
#include "boardlens/features/portfolio/benefits.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/risks/risk_register.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/strategy/strategies.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/html/html.hpp"
#include "boardlens/pdf/document.hpp"

namespace boardlens::pack {

/// The pack's sections after its cover and contents, in order: a title and its anchor.
struct Section {
  std::string_view title;
  std::string_view anchor;
};
inline constexpr std::array<Section, 8> kSections{{
    {"What needs the board", "what-needs-the-board"},
    {"Self-assessment", "self-assessment"},
    {"Services and their measures", "services"},
    {"User voice", "user-voice"},
    {"Strategy, portfolio and benefits", "strategy"},
    {"Risks and the Board Assurance Framework", "risks"},
    {"Assurance: read, heard and seen", "assurance"},
    {"Actions log", "actions"},
}};

/// The pack as made: its document, and each figure block's drawings as HTML (by the block's
/// index), so that the web pack shows them as drawn rather than parse text back into markup.
struct Paper {
  pdf::Document document;
  std::map<std::size_t, std::vector<html::Html>> figures;
};

/// The registers the pack reads, each through its own use case.
struct Registers {
  briefing::Briefing& briefing;
  rounds::Rounds& rounds;
  results::Results& results;
  services::ServiceRegister& services;
  voice::Voice& voice;
  strategy::Strategies& strategies;
  portfolio::Portfolio& portfolio;
  portfolio::Benefits& benefits;
  risks::RiskRegister& risks;
  assurance::Assurance& assurance;
  actions::Actions& actions;
};

class Pack {
 public:
  Pack(db::Database& db, const Clock& clock, orgs::Organisations& organisations,
       Registers registers)
      : db_(db),
        repository_(db),
        clock_(clock),
        organisations_(organisations),
        registers_(registers) {}

  /// The pack: cover, contents, then each of kSections.
  Paper Of(const Caller& caller, const std::string& ods, Audience audience = Audience::kBoard);
  /// "RZZ-board-pack-2026-12-07.pdf", or "RZZ-public-board-pack-2026-12-07.pdf".
  std::string FileName(const std::string& ods, Audience audience = Audience::kBoard) const;

  /// The secretary issues the pack for the meeting on `meeting_on` (CheckMeeting): the PDF is
  /// made and kept as issued, with its SHA-256.
  IssuedPack Issue(const Caller& caller, const std::string& ods, const std::string& meeting_on,
                   Audience audience);
  /// The packs issued, latest first: anyone in the organisation.
  std::vector<IssuedPack> Issued(const Caller& caller, const std::string& ods);
  IssuedPack GetIssued(const Caller& caller, const std::string& ods, Id id);
  /// The file of an issued pack, byte for byte as it was issued.
  std::string IssuedFile(const Caller& caller, const std::string& ods, Id id);
  /// "RZZ-board-pack-for-2026-12-17.pdf".
  static std::string FileName(const IssuedPack& issued, const std::string& ods);

  std::string Today() const { return IsoDate(clock_.Now()); }

 private:
  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  orgs::Organisations& organisations_;
  Registers registers_;
};

}  // namespace boardlens::pack
