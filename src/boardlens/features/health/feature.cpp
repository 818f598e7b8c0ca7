#include "boardlens/features/health/feature.hpp"

#include "boardlens/base/embedded.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::health {
namespace {

/// The cheapest question that proves the database answers.
constexpr std::string_view kPing = "SELECT 1 AS ok";

std::string_view EmbeddedDoc(std::string_view name) {
  for (const EmbeddedFile& f : EmbeddedDocs()) {
    if (f.name == name) return f.data;
  }
  return {};
}

}  // namespace

void Register(Registration& r) {
  // For load balancers and monitoring: no sign-in, nothing about the data.
  r.routes.Add(
      {"GET", "/healthz", http::Surface::kApi, http::Needs::Anyone(), [](http::Call& call) {
         call.Use<db::Database>().Query(kPing, {});
         return http::JsonResponse({{"status", "ok"}, {"version", BOARDLENS_VERSION}});
       }});
  r.routes.Add(
      {"GET", "/api/v1/openapi.json", http::Surface::kApi, http::Needs::Anyone(), [](http::Call&) {
         http::Response out;
         out.body = std::string(EmbeddedDoc("openapi.json"));
         return out;
       }});
}

}  // namespace boardlens::health
