#include "boardlens/features/services/strategy_measures.hpp"

#include <map>

#include "boardlens/features/services/service.hpp"

namespace boardlens::services {
namespace {

strategy::MeasureChoice ChoiceOf(const Measure& m, const std::string& service) {
  return {m.id, service, m.what.name, m.what.unit, m.what.improvement};
}

}  // namespace

std::vector<strategy::MeasureChoice> StrategyMeasures::MeasuresOf(Id org_id) {
  std::map<Id, std::string> names;
  for (const Service& s : repository_.List(org_id)) names.emplace(s.id, s.what.name);
  std::vector<strategy::MeasureChoice> out;
  for (const Measure& m : repository_.Measures(org_id, std::nullopt)) {
    out.push_back(ChoiceOf(m, names[m.service_id]));
  }
  return out;
}

std::optional<strategy::MeasureReading> StrategyMeasures::ReadingOf(Id org_id, Id measure_id,
                                                                    const std::string& today) {
  const auto measure = repository_.FindMeasure(org_id, measure_id);
  if (!measure) return std::nullopt;
  const auto service = repository_.Find(org_id, measure->service_id);
  strategy::MeasureReading out{ChoiceOf(*measure, service ? service->what.name : ""), std::nullopt};
  // The latest value of a period that is over: a month still running is not yet its value.
  const std::vector<SpcPoint> points = repository_.Values(measure_id);
  SpcOptions options = OptionsOf(measure->what);
  options.today = today;
  const std::size_t complete = CompletePoints(points, options);
  if (complete > 0) out.latest = points[complete - 1];
  return out;
}

}  // namespace boardlens::services
