// What the demo board has seen for itself: each observation recorded by its author on the day
// seen, through the observations' own JSON and use cases.

#include "boardlens/features/observations/observations.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/features/demo/play.hpp"
#include "boardlens/features/observations/json.hpp"

namespace boardlens::demo {

void AddObservations(Play& p) {
  ManualClock then(p.now);
  observations::Observations seen(p.scope.Get<db::Database>(), then,
                                  p.scope.Get<orgs::Organisations>(), p.scope.Get<orgs::Board>(),
                                  p.scope.Get<services::ServiceRegister>(),
                                  p.scope.Get<portfolio::Portfolio>());
  const http::Json plan = p.Yaml("observations.yaml");
  for (const http::Json& o : plan["observations"]) {
    const auto input = observations::InputFromJson(o["observation"], IsoDate(p.now));
    then.Set(EpochOfDate(input.observed_on));
    seen.Record(p.As(o["by"]), p.ods, input);
  }
  then.Set(p.now);
  for (const http::Json& r : plan["requests"]) {
    seen.Ask(p.Secretary(), p.ods, observations::RequestFromJson(r));
  }
}

}  // namespace boardlens::demo
