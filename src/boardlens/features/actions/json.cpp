#include "boardlens/features/actions/json.hpp"

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::actions {

using http::Json;

Json ToJson(const Action& a, const std::string& today) {
  Json source = nullptr;
  if (a.source.kind == SourceKind::kAssessment) {
    source = {{"kind", ToString(a.source.kind)},
              {"round", a.source.id ? Json(*a.source.id) : Json(nullptr)},
              {"item", a.source.ref}};
  } else if (a.source.kind == SourceKind::kRisk) {
    source = {{"kind", ToString(a.source.kind)},
              {"risk", a.source.id ? Json(*a.source.id) : Json(nullptr)}};
  } else if (a.source.kind == SourceKind::kAssuranceGap) {
    source = {{"kind", ToString(a.source.kind)}, {"gap", a.source.ref}};
  }
  return {{"id", a.id},
          {"title", a.what.title},
          {"detail", a.what.detail},
          {"owner", {{"id", *a.what.owner_member_id}, {"name", a.owner_name}}},
          {"due_on", a.what.due_on},
          {"status", ToString(a.what.status)},
          {"overdue", IsOverdue(a, today)},
          {"progress", a.what.progress},
          {"source", source},
          {"created_at", IsoTime(a.created_at)},
          {"updated_at", IsoTime(a.updated_at)}};
}

ActionInput InputFromJson(const Json& body) {
  ActionInput in;
  Problems problems;
  problems.Check([&] { in.title = http::String(body, "title", false); });
  problems.Check([&] { in.detail = http::String(body, "detail", false); });
  problems.Check([&] { in.owner_member_id = http::OptionalInteger(body, "owner"); });
  problems.Check([&] { in.due_on = http::String(body, "due_on", false); });
  problems.Check([&] { in.progress = http::String(body, "progress", false); });
  problems.Check([&] {
    const std::string status = http::String(body, "status", false);
    if (status.empty()) return;
    const auto parsed = ParseActionStatus(status);
    if (!parsed) throw Invalid("status must be open, done or dropped", "status");
    in.status = *parsed;
  });
  problems.ThrowIfAny();
  return in;
}

Source SourceFromJson(const Json& body) {
  const auto round = http::OptionalInteger(body, "round");
  const std::string item = http::String(body, "item", false);
  if (!round && item.empty()) return {};
  if (!round) throw Invalid("round is required with item", "round");
  if (item.empty()) throw Invalid("item is required with round", "item");
  return Source::Assessment(*round, item);
}

}  // namespace boardlens::actions
