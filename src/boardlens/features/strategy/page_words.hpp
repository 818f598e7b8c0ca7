#pragma once
/// What the strategy's pages share: the keeper's gate on forms and the saving of one change.

#include <functional>

#include "boardlens/features/strategy/strategies.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::strategy {

/// The current strategy, changed by `change` and saved as a new version; the use case's
/// problems with `fields` go into `errors`. Not found when no strategy is recorded.
void SaveChange(html::Visit& visit, html::FieldErrors& errors,
                std::initializer_list<std::string_view> fields,
                const std::function<void(StrategyInput&)>& change);

/// Runs the rules `check` applies; each problem with a field not already in `errors` is added,
/// so that a form shows every problem at once.
void AddRuleErrors(html::FieldErrors& errors, std::initializer_list<std::string_view> fields,
                   const std::function<void()>& check);

/// A date typed in three boxes, checked: empty when all three are, else YYYY-MM-DD or a fault
/// added to `errors` under `name`.
std::string ReadDate(html::Visit& visit, html::FieldErrors& errors, const std::string& name,
                     std::string_view what, html::DateParts& parts);

}  // namespace boardlens::strategy
