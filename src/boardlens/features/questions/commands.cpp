// The checklist's commands: a summary to read at the terminal, the CSV the page downloads,
// and an import of answers from that CSV.

#include <memory>
#include <ostream>

#include <fmt/format.h>

#include "boardlens/base/csv.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/features/questions/checklist.hpp"
#include "boardlens/features/questions/checklist_csv.hpp"
#include "boardlens/features/questions/feature.hpp"

namespace boardlens::questions {

void AddCommands(cli::Commands& commands) {
  commands.Group("questions", "The board-questions checklist");
  commands.Add("questions list",
               "Print an organisation's checklist: each question's status, owner and next review",
               [](cli::Spec& spec) {
                 auto org = std::make_shared<std::string>();
                 spec.Text("--org", *org, "Organisation (ODS)", true);
                 return [org](cli::Context& ctx) {
                   auto& checklist = ctx.Use<Checklist>();
                   const std::string today = checklist.Today();
                   for (const Question& q : checklist.List(Caller::Operator(), *org)) {
                     const Record none;
                     const Record& r = q.record ? *q.record : none;
                     ctx.out() << fmt::format(
                         "{}/{}\t{}\t{}\t{}{}\t{}\n", q.framework_ref, q.item_ref,
                         ToString(q.status()), r.owner_name.empty() ? "-" : r.owner_name,
                         r.what.next_review_on.empty() ? "-" : r.what.next_review_on,
                         IsOverdue(q, today) ? " (overdue)" : "", q.title);
                   }
                 };
               });
  commands.Add("questions export", "Print an organisation's checklist as CSV", [](cli::Spec& spec) {
    auto org = std::make_shared<std::string>();
    spec.Text("--org", *org, "Organisation (ODS)", true);
    return [org](cli::Context& ctx) {
      auto& checklist = ctx.Use<Checklist>();
      ctx.out() << WriteCsv(
          AnswerTable(checklist.List(Caller::Operator(), *org), checklist.Today()));
    };
  });
  commands.Add("questions import",
               "Record answers from a CSV of the checklist's columns (as `questions export` prints "
               "them); all or nothing",
               [](cli::Spec& spec) {
                 auto o = std::make_shared<std::pair<std::string, std::string>>();
                 spec.Text("--org", o->first, "Organisation (ODS)", true)
                     .Text("FILE", o->second, "The CSV file", true);
                 return [o](cli::Context& ctx) {
                   const std::size_t changed = ctx.Use<Checklist>().Import(
                       Caller::Operator(), o->first, ReadFile(o->second), o->second);
                   ctx.out() << changed << " questions recorded\n";
                 };
               });
}

}  // namespace boardlens::questions
