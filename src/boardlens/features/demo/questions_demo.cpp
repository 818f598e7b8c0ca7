// The demo trust's board-questions checklist, half answered: every status, owners and evidence
// links, a history of changes on some questions, and three reviews that are overdue.

#include <algorithm>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/demo/demo_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/questions/checklist.hpp"

namespace boardlens::demo {
namespace {

using questions::Status;

struct DemoLink {
  const char* title;  ///< empty: no link
  const char* url;
};

struct DemoAnswer {
  const char* item;
  int days_ago;  ///< when it was recorded
  const char* by;
  Status status;
  const char* owner;
  int review_in_days;  ///< from today; negative: the review is overdue
  const char* answer;
  std::array<DemoLink, 2> evidence;
};

// Fictional papers on a fictional intranet. Some questions are answered twice, so their
// history shows how the board's assurance moved.
constexpr std::array<DemoAnswer, 7> kAnswers{{
    {"digital-beyond-it",
     200,
     "Omar Siddiqui",
     Status::kPartlyAssured,
     "Omar Siddiqui",
     60,
     "The board held a development session on what digital means for the trust and agreed a "
     "working definition. It is not yet used in every paper.",
     {{{"Board development session notes, April 2026",
        "https://intranet.northfield-valley.nhs.example/board/2026-04-development.pdf"},
       {"", ""}}}},
    {"digital-beyond-it",
     40,
     "Claire Benson",
     Status::kAssured,
     "Omar Siddiqui",
     140,
     "The agreed definition of digital is in the board paper template, and the last three "
     "strategy discussions used it. New directors are introduced to it at induction.",
     {{{"Board development session notes, April 2026",
        "https://intranet.northfield-valley.nhs.example/board/2026-04-development.pdf"},
       {"Board paper template, version 4",
        "https://intranet.northfield-valley.nhs.example/governance/paper-template-v4.docx"}}}},
    {"collective-responsibility",
     150,
     "David Okafor",
     Status::kPartlyAssured,
     "David Okafor",
     -20,
     "Most executives have a digital objective for their portfolio; appraisals do not yet cover "
     "it.",
     {{{"Executive objectives 2026/27",
        "https://intranet.northfield-valley.nhs.example/board/exec-objectives-2026.pdf"},
       {"", ""}}}},
    {"user-barriers",
     120,
     "Omar Siddiqui",
     Status::kNotStarted,
     "Tom Whitfield",
     -45,
     "We hear about barriers through complaints and incidents only. The user voice form is "
     "being set up.",
     {{{"", ""}, {"", ""}}}},
    {"services-performance",
     90,
     "Omar Siddiqui",
     Status::kPartlyAssured,
     "Omar Siddiqui",
     30,
     "The services register lists every service the trust runs. Measures are charted for the "
     "larger services; five have none yet.",
     {{{"Digital services register", "https://northfield-valley.nhs.example/orgs/RZZ/services"},
       {"Internal audit: IT asset management, 2025",
        "https://intranet.northfield-valley.nhs.example/audit/2025-it-assets.pdf"}}}},
    {"services-performance",
     10,
     "Omar Siddiqui",
     Status::kAssured,
     "Omar Siddiqui",
     -3,
     "Every live service has at least one measure on a Making Data Count chart, and the "
     "switch-off candidates came to the July board.",
     {{{"Digital services register", "https://northfield-valley.nhs.example/orgs/RZZ/services"},
       {"Board minutes, July 2026, item 9",
        "https://intranet.northfield-valley.nhs.example/board/2026-07-minutes.pdf"}}}},
    {"not-prioritising",
     60,
     "Claire Benson",
     Status::kPartlyAssured,
     "Priya Raman",
     45,
     "The strategy names what the trust will not do this year, but the list has not been "
     "tested against the capital plan.",
     {{{"Digital strategy 2025 to 2030",
        "https://intranet.northfield-valley.nhs.example/strategy/digital-2025.pdf"},
       {"", ""}}}},
}};

}  // namespace

void AddDemoQuestions(Scope& scope, const std::string& ods) {
  const Caller op = Caller::Operator();
  auto& board = scope.Get<orgs::Board>();
  auto& accounts = scope.Get<accounts::Accounts>();
  const auto members = board.ListMembers(op, ods);
  const auto member = [&](const char* name) {
    return *std::find_if(members.begin(), members.end(),
                         [&](const orgs::Member& m) { return m.name == name; });
  };
  // The secretary is not a board member; she is found by her account's name.
  const auto caller = [&](const char* name) {
    const auto found = std::find_if(members.begin(), members.end(),
                                    [&](const orgs::Member& m) { return m.name == name; });
    const std::string email =
        found != members.end() ? found->email : "board.secretary@northfield-valley.nhs.example";
    return accounts::CallerOf(*accounts.FindByEmail(email), false, {});
  };
  // Each answer is recorded on a clock of its own, on the day a real board would have.
  const std::int64_t today = scope.Get<Clock>().Now();
  ManualClock then(today);
  questions::Checklist checklist(scope.Get<db::Database>(), then, scope.Get<orgs::Organisations>(),
                                 board, scope.Get<frameworks::Frameworks>());
  for (const DemoAnswer& a : kAnswers) {
    then.Set(today - a.days_ago * kSecondsPerDay);
    questions::AnswerInput in;
    in.answer = a.answer;
    in.status = a.status;
    in.owner_member_id = member(a.owner).id;
    in.next_review_on = IsoDate(today + a.review_in_days * kSecondsPerDay);
    for (const DemoLink& e : a.evidence) {
      if (e.title[0] != '\0') in.evidence.push_back({e.title, e.url});
    }
    checklist.Update(caller(a.by), ods, "board-questions", a.item, in);
  }
}

}  // namespace boardlens::demo
