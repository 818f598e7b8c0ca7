#include "boardlens/features/portfolio/benefits.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/series_csv.hpp"

namespace boardlens::portfolio {

Benefit Benefits::RequireBenefit(Id org_id, Id id) {
  auto benefit = repository_.FindBenefit(org_id, id);
  if (!benefit) throw NotFound("there is no benefit " + std::to_string(id));
  return std::move(*benefit);
}

Benefit Benefits::Add(const Caller& caller, const std::string& ods, Id item_id,
                      BenefitInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  CheckBenefit(input);
  Benefit benefit{0, item_id, std::move(input), {}, {}};
  benefit.owner_name = board_.RequireMember(caller, ods, *benefit.what.owner_member_id).name;
  return db::Transaction(db_, [&] {
    if (!repository_.Find(access.org.id, item_id)) {
      throw NotFound("there is no programme or project " + std::to_string(item_id));
    }
    for (const Benefit& b : repository_.Benefits(access.org.id, item_id)) {
      if (b.what.title == benefit.what.title) {
        throw Conflict("it already has a benefit called \"" + b.what.title + "\"", "title");
      }
    }
    benefit.id = repository_.InsertBenefit(access.org.id, benefit, caller.account(), clock_.Now());
    return RequireBenefit(access.org.id, benefit.id);
  });
}

Benefit Benefits::Update(const Caller& caller, const std::string& ods, Id id, BenefitInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  CheckBenefit(input);
  return db::Transaction(db_, [&] {
    Benefit benefit = RequireBenefit(access.org.id, id);
    benefit.what = std::move(input);
    benefit.owner_name = board_.RequireMember(caller, ods, *benefit.what.owner_member_id).name;
    for (const Benefit& b : repository_.Benefits(access.org.id, benefit.item_id)) {
      if (b.id != id && b.what.title == benefit.what.title) {
        throw Conflict("it already has a benefit called \"" + b.what.title + "\"", "title");
      }
    }
    repository_.UpdateBenefit(access.org.id, benefit, caller.account(), clock_.Now());
    return RequireBenefit(access.org.id, id);
  });
}

std::vector<Benefit> Benefits::List(const Caller& caller, const std::string& ods,
                                    std::optional<Id> item_id) {
  return repository_.Benefits(organisations_.Require(caller, ods, Role::kViewer).org.id, item_id);
}

BenefitSeries Benefits::Series(const Caller& caller, const std::string& ods, Id id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  BenefitSeries series{RequireBenefit(access.org.id, id), {}, {}};
  series.actuals = repository_.Actuals(access.org.id, id);
  if (series.actuals.size() >= 2) {
    series.chart = services::ComputeSpc(series.actuals, OptionsOf(series.benefit.what));
  }
  return series;
}

void Benefits::RecordActuals(const Caller& caller, const std::string& ods, Id id,
                             const std::vector<services::SpcPoint>& actuals) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  Problems problems;
  std::set<std::string> dates;
  for (std::size_t i = 0; i < actuals.size(); ++i) {
    const std::string at = "values[" + std::to_string(i) + "]";
    if (!IsValidDate(actuals[i].date)) {
      problems.Add("\"" + actuals[i].date + "\" is not a date written YYYY-MM-DD", at + ".date");
    } else if (!dates.insert(actuals[i].date).second) {
      problems.Add("\"" + actuals[i].date + "\" is given twice", at + ".date");
    }
    if (auto problem = NumberProblem(actuals[i].value, services::kValueRule)) {
      problems.Add(*problem, at + ".value");
    }
  }
  if (actuals.empty()) problems.Add("give at least one actual", "values");
  problems.ThrowIfAny();
  db::Transaction(db_, [&] {
    RequireBenefit(access.org.id, id);
    for (const services::SpcPoint& point : actuals) repository_.PutActual(access.org.id, id, point);
  });
}

}  // namespace boardlens::portfolio
