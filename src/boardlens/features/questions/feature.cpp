#include "boardlens/features/questions/feature.hpp"

#include "boardlens/features/questions/checklist.hpp"

namespace boardlens::questions {

void Register(Registration& r) {
  r.registry.Provide<Checklist>([](Scope& s) {
    return std::make_shared<Checklist>(s.Get<db::Database>(), s.Get<Clock>(),
                                       s.Get<orgs::Organisations>(), s.Get<orgs::Board>(),
                                       s.Get<frameworks::Frameworks>());
  });
  AddApiRoutes(r.routes);
  r.api.Add(DescribeApi());
  AddChecklistPages(r.routes);  // before /questions/{framework}/{question}
  AddQuestionPages(r.routes);
  r.navigation.Add({31, "questions", "Board questions", "/questions", true});
  AddCommands(r.commands);
}

}  // namespace boardlens::questions
