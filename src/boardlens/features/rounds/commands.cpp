// The rounds commands: run a round from the command line, import one, follow completion.

#include <cstdio>
#include <memory>
#include <ostream>

#include "boardlens/base/error.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/rounds/csv_import.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::rounds {
namespace {

/// The operator's commands name a round by id alone.
struct RoundId {
  std::int64_t id = 0;
  void Declare(cli::Spec& spec) { spec.Number("ID", id, "Round id", true); }
  /// The ODS code of the round's organisation.
  std::string Org(cli::Context& ctx) const {
    return ctx.Use<Rounds>().OrganisationOf(Caller::Operator(), id);
  }
};

}  // namespace

void AddCommands(cli::Commands& commands) {
  commands.Group("round", "Assessment rounds");
  commands.Add("round create", "Create a draft round; prints its id", [](cli::Spec& spec) {
    struct Options {
      std::string org, framework, title;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--org", o->org, "Organisation (ODS)", true)
        .Text("--framework", o->framework, "Framework ref", true)
        .Text("--title", o->title, "Title", true);
    return [o](cli::Context& ctx) {
      ctx.out() << ctx.Use<Rounds>()
                       .CreateRound(Caller::Operator(), o->org, o->framework, o->title)
                       .round.id
                << "\n";
    };
  });
  commands.Add("round open", "Open a draft round for answers", [](cli::Spec& spec) {
    struct Options {
      RoundId round;
      std::string closes_by;
    };
    auto o = std::make_shared<Options>();
    o->round.Declare(spec);
    spec.Text("--closes-by", o->closes_by, "YYYY-MM-DD: the date to ask members to answer by");
    return [o](cli::Context& ctx) {
      ctx.Use<Rounds>().OpenRound(Caller::Operator(), o->round.Org(ctx), o->round.id, o->closes_by);
      ctx.out() << "round " << o->round.id << " is open\n";
    };
  });
  commands.Add("round withdraw", "Withdraw a draft or open round: it will have no results",
               [](cli::Spec& spec) {
                 auto round = std::make_shared<RoundId>();
                 round->Declare(spec);
                 return [round](cli::Context& ctx) {
                   ctx.Use<Rounds>().WithdrawRound(Caller::Operator(), round->Org(ctx), round->id);
                   ctx.out() << "round " << round->id << " is withdrawn\n";
                 };
               });
  commands.Add("round delete", "Delete a withdrawn round and any answers to it",
               [](cli::Spec& spec) {
                 auto round = std::make_shared<RoundId>();
                 round->Declare(spec);
                 return [round](cli::Context& ctx) {
                   ctx.Use<Rounds>().DeleteRound(Caller::Operator(), round->Org(ctx), round->id);
                   ctx.out() << "round " << round->id << " is deleted\n";
                 };
               });
  commands.Add("round close", "Close an open round and freeze its answers", [](cli::Spec& spec) {
    struct Options {
      RoundId round;
      std::string closed_on;
    };
    auto o = std::make_shared<Options>();
    o->round.Declare(spec);
    spec.Text("--closed-on", o->closed_on, "YYYY-MM-DD (default today)");
    return [o](cli::Context& ctx) {
      const auto view = ctx.Use<Rounds>().CloseRound(Caller::Operator(), o->round.Org(ctx),
                                                     o->round.id, o->closed_on);
      ctx.out() << "round " << o->round.id << " closed on " << view.round.closed_on << "\n";
    };
  });
  commands.Add("round answer", "Record one member's answer to one item", [](cli::Spec& spec) {
    struct Options {
      RoundId round;
      std::string as, item, rating, evidence;
    };
    auto o = std::make_shared<Options>();
    o->round.Declare(spec);
    spec.Text("--as", o->as, "The member's account email", true)
        .Text("--item", o->item, "Item ref", true)
        .Text("--rating", o->rating, "1 to 5, or DK", true)
        .Text("--evidence", o->evidence, "Optional evidence note");
    return [o](cli::Context& ctx) {
      AnswerInput answer{o->item, {}, o->evidence, "--item"};
      if (!ParseRating(o->rating, answer.rating)) {
        throw Invalid("rating must be 1 to 5, or DK", "--rating");
      }
      const auto account = ctx.Use<accounts::Accounts>().FindByEmail(o->as);
      if (!account) throw NotFound("there is no account with email " + o->as);
      ctx.Use<Rounds>().SubmitAnswers(accounts::CallerOf(*account, false, {}), o->round.Org(ctx),
                                      o->round.id, {answer});
      ctx.out() << "answer recorded\n";
    };
  });
  commands.Add(
      "round import", "Import a whole closed round from CSV; prints its id last",
      [](cli::Spec& spec) {
        struct Options {
          std::string org, framework, title, closed_on, file;
        };
        auto o = std::make_shared<Options>();
        spec.Text("--org", o->org, "Organisation (ODS)", true)
            .Text("--framework", o->framework, "Framework ref", true)
            .Text("--title", o->title, "Title", true)
            .Text("--closed-on", o->closed_on, "YYYY-MM-DD", true)
            .Text("FILE", o->file, "CSV: respondent,membership,item,rating,evidence", true);
        return [o](cli::Context& ctx) {
          const Id id =
              ctx.Use<Rounds>().ImportRound(Caller::Operator(), o->org, o->framework, o->title,
                                            o->closed_on, ReadFile(o->file), FileName(o->file));
          ctx.out() << "imported round into " << o->org << "\n" << id << "\n";
        };
      });
  commands.Add("round completion", "Who has answered (never what)", [](cli::Spec& spec) {
    auto round = std::make_shared<RoundId>();
    round->Declare(spec);
    return [round](cli::Context& ctx) {
      for (const auto& row :
           ctx.Use<Rounds>().Completion(Caller::Operator(), round->Org(ctx), round->id)) {
        char line[512];
        std::snprintf(line, sizeof line, "%-32s %-14s %d/%d\n", row.member.name.c_str(),
                      std::string(orgs::ToString(row.member.membership)).c_str(), row.answered,
                      row.items);
        ctx.out() << line;
      }
    };
  });
}

}  // namespace boardlens::rounds
