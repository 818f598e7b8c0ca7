// The actions commands: the log as CSV for analysts, and recording an action from a script.

#include <memory>
#include <ostream>

#include "boardlens/base/csv.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/actions/feature.hpp"

namespace boardlens::actions {

void AddCommands(cli::Commands& commands) {
  commands.Group("action", "Actions the board has agreed");
  commands.Add("action list", "Print an organisation's action log as CSV", [](cli::Spec& spec) {
    auto org = std::make_shared<std::string>();
    spec.Text("--org", *org, "Organisation (ODS)", true);
    return [org](cli::Context& ctx) {
      auto& actions = ctx.Use<Actions>();
      const std::string today = actions.Today();
      std::vector<std::vector<std::string>> rows{
          {"id", "title", "owner", "due_on", "status", "overdue", "progress"}};
      for (const auto& a : actions.List(Caller::Operator(), *org)) {
        rows.push_back({std::to_string(a.id), a.what.title, a.owner_name, a.what.due_on,
                        std::string(ToString(a.what.status)), IsOverdue(a, today) ? "yes" : "no",
                        a.what.progress});
      }
      ctx.out() << WriteCsv(rows);
    };
  });
  commands.Add("action add", "Record an action; prints its id", [](cli::Spec& spec) {
    struct Options {
      std::string org, item;
      ActionInput input;
      std::int64_t owner = 0, round = 0;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--org", o->org, "Organisation (ODS)", true)
        .Text("--title", o->input.title, "What the board agreed to do", true)
        .Number("--owner", o->owner, "The owning board member's id", true)
        .Text("--due", o->input.due_on, "YYYY-MM-DD", true)
        .Text("--detail", o->input.detail, "More detail")
        .Number("--round", o->round, "The round it was raised from")
        .Text("--item", o->item, "The item of that round it is about");
    return [o](cli::Context& ctx) {
      ActionInput input = o->input;
      input.owner_member_id = o->owner;
      const Source source = o->round != 0 ? Source::Assessment(o->round, o->item) : Source{};
      ctx.out() << ctx.Use<Actions>().Record(Caller::Operator(), o->org, input, source).id << "\n";
    };
  });
}

}  // namespace boardlens::actions
