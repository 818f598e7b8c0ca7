#include "boardlens/features/portfolio/portfolio.hpp"

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::portfolio {

Item Portfolio::RequireItem(Id org_id, Id id) {
  auto item = repository_.Find(org_id, id);
  if (!item) throw NotFound("there is no programme or project " + std::to_string(id));
  return std::move(*item);
}

void Portfolio::RequireReferences(const Caller& caller, const std::string& ods, Id org_id,
                                  const ItemInput& in, std::optional<Id> id) {
  Problems problems;
  std::set<Id> current;
  for (const auto& p : strategies_.Priorities(caller, ods)) current.insert(p.key);
  for (std::size_t i = 0; i < in.priority_keys.size(); ++i) {
    if (!current.contains(in.priority_keys[i])) {
      problems.Add("is not one of the strategy's current priorities",
                   "priorities[" + std::to_string(i) + "]");
    }
  }
  if (in.programme_id) {
    const auto programme = repository_.Find(org_id, *in.programme_id);
    if (!programme || programme->what.kind != Kind::kProgramme || *in.programme_id == id) {
      problems.Add("Choose one of the portfolio's programmes", "programme");
    }
  }
  if (id && in.kind == Kind::kProject) {
    const auto items = repository_.List(org_id);
    if (std::any_of(items.begin(), items.end(),
                    [&](const Item& i) { return i.what.programme_id == id; })) {
      problems.Add("A programme with projects in it cannot become a project", "kind");
    }
  }
  problems.ThrowIfAny();
}

Item Portfolio::Add(const Caller& caller, const std::string& ods, ItemInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  CheckItem(input);
  return db::Transaction(db_, [&] {
    RequireReferences(caller, ods, access.org.id, input, std::nullopt);
    if (repository_.FindByName(access.org.id, input.name)) {
      throw Conflict(
          "the portfolio already has a programme or project called \"" + input.name + "\"", "name");
    }
    Item item;
    item.org_id = access.org.id;
    item.what = std::move(input);
    item.updated_at = clock_.Now();
    item.id = repository_.Insert(item, caller.account());
    return RequireItem(access.org.id, item.id);
  });
}

Item Portfolio::Update(const Caller& caller, const std::string& ods, Id id, ItemInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  CheckItem(input);
  return db::Transaction(db_, [&] {
    Item item = RequireItem(access.org.id, id);
    RequireReferences(caller, ods, access.org.id, input, id);
    const auto same = repository_.FindByName(access.org.id, input.name);
    if (same && same->id != id) {
      throw Conflict(
          "the portfolio already has a programme or project called \"" + input.name + "\"", "name");
    }
    item.what = std::move(input);
    item.updated_at = clock_.Now();
    repository_.Update(item, caller.account());
    return RequireItem(access.org.id, id);
  });
}

Item Portfolio::Get(const Caller& caller, const std::string& ods, Id id) {
  return RequireItem(organisations_.Require(caller, ods, Role::kViewer).org.id, id);
}

std::vector<Item> Portfolio::List(const Caller& caller, const std::string& ods) {
  return repository_.List(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

Rating Portfolio::Report(const Caller& caller, const std::string& ods, Id id, Rating rating) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  CheckRating(rating, ThisMonth());
  rating.reported_by_name = caller.name.empty() ? std::string("the operator") : caller.name;
  rating.reported_at = clock_.Now();
  db::Transaction(db_, [&] {
    RequireInDelivery(RequireItem(access.org.id, id).what);
    repository_.PutRating(access.org.id, id, rating, caller.account());
  });
  return rating;
}

std::vector<Rating> Portfolio::Ratings(const Caller& caller, const std::string& ods, Id id) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  RequireItem(access.org.id, id);
  return repository_.Ratings(access.org.id, id);
}

Item Portfolio::SetAssurance(const Caller& caller, const std::string& ods, Id id,
                             Assurance assurance) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kKeptRecord);
  CheckAssurance(assurance, Today());
  if (const auto sro = assurance.sro_member_id) {
    board_.RequireMember(caller, ods, *sro, "sro", "the senior responsible owner");
  }
  return db::Transaction(db_, [&] {
    RequireItem(access.org.id, id);
    repository_.PutAssurance(access.org.id, id, assurance, caller.account(), clock_.Now());
    return RequireItem(access.org.id, id);
  });
}

std::vector<strategy::Priority> Portfolio::Priorities(const Caller& caller,
                                                      const std::string& ods) {
  return strategies_.Priorities(caller, ods);
}

strategy::PortfolioFacts StrategyFacts::FactsFor(Id org_id, const std::set<Id>& priority_keys) {
  strategy::PortfolioFacts facts;
  for (const Item& item : repository_.List(org_id)) {
    const auto& keys = item.what.priority_keys;
    if (item.what.kind == Kind::kProject &&
        std::none_of(keys.begin(), keys.end(), [&](Id k) { return priority_keys.contains(k); })) {
      facts.projects_without_priority.push_back(item.what.name);
    }
    // A project in a programme is funded through it; the programme answers for its running.
    if ((item.what.kind == Kind::kProgramme || !item.what.programme_id) &&
        CapitalWithoutRevenue(item.what)) {
      facts.capital_without_revenue.push_back(item.what.name);
    }
  }
  return facts;
}

}  // namespace boardlens::portfolio
