#include "boardlens/features/strategy/strategies.hpp"

#include <set>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/db/transaction.hpp"

namespace boardlens::strategy {
namespace {

constexpr const char* kWhat = "the digital strategy";

std::string NameOf(const Caller& caller) {
  return caller.name.empty() ? std::string("the operator") : caller.name;
}

/// Gives new items the next keys; refuses keys that name no item of the list now.
template <typename T>
void Keys(Problems& problems, std::vector<T>& items, const std::vector<T>& current,
          std::string_view list, Id& next) {
  std::set<Id> known;
  for (const T& item : current) known.insert(item.key);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].key == 0) {
      items[i].key = ++next;
    } else if (!known.contains(items[i].key)) {
      problems.Add("there is no such item in the strategy now",
                   std::string(list) + "[" + std::to_string(i) + "].key");
    }
  }
}

/// Outcomes link only to the organisation's own measures. A link the current version already
/// has is kept even if its measure has since gone from the register, so that the rest of the
/// strategy can still be changed; the strategy page says the measure has gone.
void Links(Problems& problems, const std::vector<Outcome>& outcomes,
           const std::vector<Outcome>& current, const std::vector<MeasureChoice>& ours) {
  std::set<Id> known;
  for (const MeasureChoice& m : ours) known.insert(m.id);
  std::set<std::pair<Id, Id>> kept;  // (outcome key, measure) linked now
  for (const Outcome& o : current) {
    if (o.measure_id) kept.emplace(o.key, *o.measure_id);
  }
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const auto& id = outcomes[i].measure_id;
    if (id && !known.contains(*id) && !kept.contains({outcomes[i].key, *id})) {
      problems.Add("Choose a measure of one of the organisation's services",
                   "outcomes[" + std::to_string(i) + "].measure_id");
    }
  }
}

std::set<Id> PriorityKeys(const StrategyInput& s) {
  std::set<Id> keys;
  for (const Priority& p : s.priorities) keys.insert(p.key);
  return keys;
}

}  // namespace

Strategy Strategies::RequireCurrent(Id org_id) {
  auto current = repository_.Latest(org_id);
  if (!current) throw NotFound("no digital strategy has been recorded yet");
  return std::move(*current);
}

Checked Strategies::Check(Strategy strategy) {
  const std::string today = Today();
  auto findings = RunChecks(
      strategy.what, portfolio_.FactsFor(strategy.org_id, PriorityKeys(strategy.what)), today);
  Standings standings;
  for (const Outcome& o : strategy.what.outcomes) {
    if (!o.measure_id) continue;
    standings.emplace(
        o.key,
        StandingOf(o, strategy.what, measures_.ReadingOf(strategy.org_id, *o.measure_id, today)));
  }
  return {std::move(strategy), std::move(findings), std::move(standings)};
}

Checked Strategies::Save(const Caller& caller, const std::string& ods, StrategyInput input) {
  const orgs::OrgAccess access = board_.RequireKeeper(caller, ods, kWhat);
  CheckStrategy(input);
  Strategy saved = db::Transaction(db_, [&] {
    const auto current = repository_.Latest(access.org.id);
    Strategy s;
    s.org_id = access.org.id;
    s.version.number = current ? current->version.number + 1 : 1;
    s.version.saved_by = caller.account();
    s.version.saved_by_name = NameOf(caller);
    s.version.saved_at = clock_.Now();
    Id next = repository_.LargestKey(access.org.id);
    const StrategyInput none;
    const StrategyInput& now = current ? current->what : none;
    Problems problems;
    Links(problems, input.outcomes, now.outcomes, measures_.MeasuresOf(access.org.id));
    Keys(problems, input.outcomes, now.outcomes, "outcomes", next);
    Keys(problems, input.priorities, now.priorities, "priorities", next);
    Keys(problems, input.not_doing, now.not_doing, "not_doing", next);
    problems.ThrowIfAny();
    s.what = std::move(input);
    repository_.Insert(s);
    return s;
  });
  return Check(std::move(saved));
}

std::optional<Checked> Strategies::Current(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto current = repository_.Latest(access.org.id);
  if (!current) return std::nullopt;
  return Check(std::move(*current));
}

std::vector<Version> Strategies::Versions(const Caller& caller, const std::string& ods) {
  return repository_.Versions(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

Strategy Strategies::Get(const Caller& caller, const std::string& ods, int version) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto found = repository_.Find(access.org.id, version);
  if (!found) throw NotFound("the strategy has no version " + std::to_string(version));
  return std::move(*found);
}

Version Strategies::Approve(const Caller& caller, const std::string& ods, int version,
                            const std::string& approved_on) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kSecretary);
  const std::string date(Trim(approved_on));
  if (!IsValidDate(date)) {
    throw Invalid("Enter the date the board approved the strategy, as YYYY-MM-DD", "approved_on");
  }
  if (date > Today()) throw Invalid("The approval date must be today or before", "approved_on");
  return db::Transaction(db_, [&] {
    auto found = repository_.Find(access.org.id, version);
    if (!found) throw NotFound("the strategy has no version " + std::to_string(version));
    const std::string saved_on = IsoDate(found->version.saved_at);
    if (date < saved_on) {
      throw Invalid("The board cannot have approved version " + std::to_string(version) +
                        " before it was saved on " + saved_on,
                    "approved_on");
    }
    repository_.Approve(access.org.id, version, date, caller.account(), NameOf(caller),
                        clock_.Now());
    found->version.approved_on = date;
    found->version.approved_by_name = NameOf(caller);
    return found->version;
  });
}

SinceApproval Strategies::ChangesSinceApproval(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  Strategy current = RequireCurrent(access.org.id);
  const auto approved = repository_.LatestApproved(access.org.id);
  SinceApproval out;
  if (approved) {
    out.approved = approved->version;
    out.changes = Changes(approved->what, current.what);
  }
  out.current = std::move(current);
  return out;
}

std::vector<Priority> Strategies::Priorities(const Caller& caller, const std::string& ods) {
  const orgs::OrgAccess access = organisations_.Require(caller, ods, Role::kViewer);
  auto current = repository_.Latest(access.org.id);
  return current ? std::move(current->what.priorities) : std::vector<Priority>{};
}

std::vector<MeasureChoice> Strategies::MeasureChoices(const Caller& caller,
                                                      const std::string& ods) {
  return measures_.MeasuresOf(organisations_.Require(caller, ods, Role::kViewer).org.id);
}

std::vector<services::Plan> MeasurePlans::PlansFor(Id org_id, Id measure_id) {
  std::vector<services::Plan> out;
  const auto current = repository_.Latest(org_id);
  if (!current) return out;
  for (const Outcome& o : current->what.outcomes) {
    if (o.measure_id != measure_id) continue;
    if (auto line = TrajectoryOf(o, current->what)) out.push_back({o.title, *line});
  }
  return out;
}

}  // namespace boardlens::strategy
