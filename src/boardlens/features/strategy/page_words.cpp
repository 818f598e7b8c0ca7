#include "boardlens/features/strategy/page_words.hpp"

#include "boardlens/base/error.hpp"

namespace boardlens::strategy {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

void SaveChange(Visit& v, FieldErrors& errors, std::initializer_list<std::string_view> fields,
                const std::function<void(StrategyInput&)>& change) {
  auto& strategies = v.Use<Strategies>();
  const auto current = strategies.Current(v.caller, v.ods());
  if (!current) throw NotFound("no digital strategy has been recorded yet");
  StrategyInput input = current->strategy.what;
  change(input);
  CollectFieldError(errors, fields, [&] { strategies.Save(v.caller, v.ods(), std::move(input)); });
}

void AddRuleErrors(FieldErrors& errors, std::initializer_list<std::string_view> fields,
                   const std::function<void()>& check) {
  FieldErrors rules;
  CollectFieldError(rules, fields, check);
  for (const auto& [field, message] : rules.all()) {
    if (errors.For(field).empty()) errors.Add(field, message);
  }
}

std::string ReadDate(Visit& v, FieldErrors& errors, const std::string& name, std::string_view what,
                     DateParts& parts) {
  parts = DateParts::Read(v.form, name);
  if (parts.day.empty() && parts.month.empty() && parts.year.empty()) return {};
  if (const auto fault = parts.Fault(what)) {
    AddDateFault(errors, name, *fault);
    return {};
  }
  std::string unused;
  return parts.ToIso(what, unused).value_or("");
}

}  // namespace boardlens::strategy
