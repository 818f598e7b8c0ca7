#include "boardlens/http/api.hpp"

#include "boardlens/app/json.hpp"
#include "boardlens/app/secrets.hpp"
#include "boardlens/domain/round_import.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/http/problem.hpp"
#include "boardlens/util/embedded.hpp"
#include "boardlens/util/error.hpp"

namespace boardlens::http {
namespace {

using app::Caller;
using app::Json;

Response JsonResponse(const Json& body, int status = 200) {
  Response r;
  r.status = status;
  r.body = Dump(body);
  return r;
}

Json ParseBody(const Request& request) { return app::ParseJsonObject(request.body); }

std::string String(const Json& body, const char* key, bool required = true) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) {
    if (required) throw Invalid(std::string(key) + " is required", key);
    return {};
  }
  if (!it->is_string()) throw Invalid(std::string(key) + " must be a string", key);
  return it->get<std::string>();
}

bool Bool(const Json& body, const char* key, bool fallback) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) throw Invalid(std::string(key) + " must be true or false", key);
  return it->get<bool>();
}

domain::Membership MembershipField(const Json& body) {
  const std::string text = String(body, "membership");
  const auto m = domain::ParseMembership(text);
  if (!m) throw Invalid("membership must be executive or non-executive", "membership");
  return *m;
}

std::vector<app::AnswerInput> AnswersField(const Json& body) {
  const auto it = body.find("answers");
  if (it == body.end() || !it->is_array()) {
    throw Invalid("answers must be a list of {item, rating, evidence}", "answers");
  }
  std::vector<app::AnswerInput> out;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& a = (*it)[i];
    app::AnswerInput in;
    in.where = "answers[" + std::to_string(i) + "]";
    if (!a.is_object()) throw Invalid("each answer must be an object", in.where);
    const auto item = a.find("item");
    if (item == a.end() || !item->is_string()) {
      throw Invalid("item is required and must be a string", in.where + ".item");
    }
    in.item = item->get<std::string>();
    const auto rating = a.find("rating");
    bool ok = false;
    if (rating != a.end() && rating->is_number_integer()) {
      const auto v = rating->get<std::int64_t>();
      ok = v >= 1 && v <= 5;
      in.rating = static_cast<std::int8_t>(ok ? v : 0);
    } else if (rating != a.end() && rating->is_string()) {
      ok = domain::ParseRating(rating->get<std::string>(), in.rating);
    }
    if (!ok) {
      throw Invalid("rating must be a whole number from 1 to 5, or \"DK\" for don't know",
                    in.where + ".rating");
    }
    const auto evidence = a.find("evidence");
    if (evidence != a.end() && !evidence->is_null()) {
      if (!evidence->is_string()) throw Invalid("evidence must be text", in.where + ".evidence");
      in.evidence = evidence->get<std::string>();
    }
    out.push_back(std::move(in));
  }
  return out;
}

template <typename T>
Json List(const std::vector<T>& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(app::ToJson(item));
  return out;
}

/// The organisations the caller may see, each with the caller's role there.
Json OrganisationsWithRoles(app::App& app, const Caller& caller) {
  Json orgs = Json::array();
  for (const auto& [org, role] : app.MyOrganisations(caller)) {
    Json j = app::ToJson(org);
    j["role"] = domain::ToString(role);
    orgs.push_back(std::move(j));
  }
  return orgs;
}

std::string_view EmbeddedDoc(std::string_view name) {
  for (const EmbeddedFile& f : EmbeddedDocs()) {
    if (f.name == name) return f.data;
  }
  return {};
}

bool IsUnsafe(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

Api::Api(app::AppPerThread& apps) : apps_(apps) { AddRoutes(); }

bool Api::IsSlow(const Request& request) {
  return request.method == "POST" && request.path == "/api/v1/session";
}

Response Api::Handle(const Request& request) {
  try {
    return router_.Dispatch(request);
  } catch (...) {
    return ProblemFromCurrentException();
  }
}

void Api::AddRoutes() {
  // Every /api/v1 route but sign-in and the spec goes through `Authed`: it finds the caller
  // from the bearer token or session cookie, and for cookie sessions demands the CSRF token on
  // anything that changes state.
  const auto authed = [this](auto fn) {
    return [this, fn](const Request& req, const PathParams& params) -> Response {
      app::App& app = ThreadApp();
      std::string token;
      bool from_cookie = false;
      if (const auto auth = req.Header("Authorization"); auth.rfind("Bearer ", 0) == 0) {
        token = std::string(auth.substr(7));
      } else {
        token = req.Cookie(kSessionCookie);
        from_cookie = true;
      }
      const auto caller = app.Authenticate(token);
      if (!caller) {
        throw Error(ErrorKind::kUnauthenticated,
                    token.empty() ? "sign in first: send a session cookie or a bearer token"
                                  : "the session or token has expired or is unknown; sign in again",
                    "Authorization");
      }
      if (from_cookie && !caller->browser_session) {
        throw Error(ErrorKind::kUnauthenticated,
                    "API tokens go in the Authorization header, not a cookie", "Cookie");
      }
      if (from_cookie && IsUnsafe(req.method) &&
          !app::ConstantTimeEquals(req.Header("X-CSRF-Token"), caller->csrf_token)) {
        throw Forbidden("this change needs the X-CSRF-Token header given at sign-in");
      }
      return fn(app, *caller, req, params);
    };
  };
  using P = const PathParams&;
  using R = const Request&;

  router_.Add("GET", "/healthz", [this](R, P) {
    ThreadApp().store().Ping();
    return JsonResponse({{"status", "ok"}, {"version", BOARDLENS_VERSION}});
  });
  router_.Add("GET", "/api/v1/openapi.json", [](R, P) {
    Response r;
    r.body = std::string(EmbeddedDoc("openapi.json"));
    return r;
  });

  router_.Add("POST", "/api/v1/session", [this](R req, P) {
    // A cross-site form can post text/plain without asking; only JSON signs in, so another
    // site cannot sign a browser in to an account of its choosing.
    if (req.Header("Content-Type").find("application/json") == std::string_view::npos) {
      throw Invalid("sign in with a JSON body (Content-Type: application/json)", "Content-Type");
    }
    const Json body = ParseBody(req);
    const auto login =
        ThreadApp().Login(String(body, "email"), String(body, "password"), req.remote);
    Response r = JsonResponse({{"token", login.token},
                               {"csrf_token", login.csrf_token},
                               {"expires_at", login.expires_at},
                               {"account", app::ToJson(login.account)}},
                              201);
    r.headers.emplace_back("Set-Cookie", SetCookie(kSessionCookie, login.token, "/", "Lax",
                                                   apps_.settings().session_seconds,
                                                   apps_.settings().secure_cookies()));
    return r;
  });
  router_.Add("DELETE", "/api/v1/session", authed([](app::App& app, const Caller&, R req, P) {
                const auto auth = req.Header("Authorization");
                app.Logout(auth.rfind("Bearer ", 0) == 0 ? std::string(auth.substr(7))
                                                         : req.Cookie(kSessionCookie));
                Response r;
                r.status = 204;
                r.headers.emplace_back("Set-Cookie", SetCookie(kSessionCookie, "", "/", "Lax", 0,
                                                               app.settings().secure_cookies()));
                return r;
              }));
  router_.Add("GET", "/api/v1/me", authed([](app::App& app, const Caller& c, R, P) {
                return JsonResponse({{"account", app::ToJson(c.account)},
                                     {"organisations", OrganisationsWithRoles(app, c)}});
              }));
  router_.Add("GET", "/api/v1/tokens", authed([](app::App& app, const Caller& c, R, P) {
                return JsonResponse(List(app.ApiTokens(c, c.account.email)));
              }));
  router_.Add("POST", "/api/v1/tokens", authed([](app::App& app, const Caller& c, R req, P) {
                const Json body = ParseBody(req);
                const auto created = app.CreateApiToken(c, c.account.email, String(body, "name"));
                Json out = app::ToJson(created.about);
                out["token"] = created.token;
                return JsonResponse(out, 201);
              }));
  router_.Add("DELETE", "/api/v1/tokens/{id}", authed([](app::App& app, const Caller& c, R, P p) {
                app.RevokeApiToken(c, c.account.email, p.at("id"));
                Response r;
                r.status = 204;
                return r;
              }));

  // Organisations, members, roles
  router_.Add("GET", "/api/v1/orgs", authed([](app::App& app, const Caller& c, R, P) {
                return JsonResponse(OrganisationsWithRoles(app, c));
              }));
  router_.Add("POST", "/api/v1/orgs", authed([](app::App& app, const Caller& c, R req, P) {
                const Json body = ParseBody(req);
                return JsonResponse(app::ToJson(app.AddOrganisation(
                                        c, String(body, "ods_code"), String(body, "name"),
                                        String(body, "kind"), String(body, "parent", false))),
                                    201);
              }));
  router_.Add("GET", "/api/v1/orgs/{ods}", authed([](app::App& app, const Caller& c, R, P p) {
                return JsonResponse(app::ToJson(app.GetOrganisation(c, p.at("ods"))));
              }));
  router_.Add("GET", "/api/v1/orgs/{ods}/members",
              authed([](app::App& app, const Caller& c, R, P p) {
                return JsonResponse(List(app.ListMembers(c, p.at("ods"))));
              }));
  const auto member_from = [](const Json& body) {
    domain::Member m;
    m.name = String(body, "name");
    m.email = String(body, "email");
    m.job_title = String(body, "job_title");
    m.membership = MembershipField(body);
    m.voting = Bool(body, "voting", true);
    return m;
  };
  router_.Add("POST", "/api/v1/orgs/{ods}/members",
              authed([member_from](app::App& app, const Caller& c, R req, P p) {
                return JsonResponse(
                    app::ToJson(app.AddMember(c, p.at("ods"), member_from(ParseBody(req)))), 201);
              }));
  router_.Add("PUT", "/api/v1/orgs/{ods}/members/{member}",
              authed([member_from](app::App& app, const Caller& c, R req, P p) {
                domain::Member m = member_from(ParseBody(req));
                m.id = PathId(p, "member");
                return JsonResponse(app::ToJson(app.UpdateMember(c, p.at("ods"), m)));
              }));
  router_.Add("PUT", "/api/v1/orgs/{ods}/roles",
              authed([](app::App& app, const Caller& c, R req, P p) {
                const Json body = ParseBody(req);
                const std::string role_text = String(body, "role");
                const auto role = domain::ParseRole(role_text);
                if (!role) throw Invalid("role must be admin, secretary, member or viewer", "role");
                app.SetRole(c, p.at("ods"), String(body, "email"), *role);
                return JsonResponse({{"email", String(body, "email")}, {"role", role_text}});
              }));

  // Frameworks
  router_.Add("GET", "/api/v1/frameworks", authed([](app::App& app, const Caller& c, R req, P) {
                Json out = Json::array();
                for (const auto& fw : app.ListFrameworks(c, req.Query("org"))) {
                  out.push_back(app::ToJson(fw, false));
                }
                return JsonResponse(out);
              }));
  router_.Add(
      "GET", "/api/v1/frameworks/{ref}", authed([](app::App& app, const Caller& c, R req, P p) {
        return JsonResponse(app::ToJson(app.GetFramework(c, p.at("ref"), req.Query("org")), true));
      }));
  const auto import_framework = [](app::App& app, const Caller& c, R req, const std::string& ods) {
    const auto load = app.ImportFramework(c, req.body, "body", ods);
    Json out = app::ToJson(load.stored, false);
    out["outcome"] = load.outcome == app::FrameworkLoad::Outcome::kLoaded ? "loaded" : "unchanged";
    return JsonResponse(out, load.outcome == app::FrameworkLoad::Outcome::kLoaded ? 201 : 200);
  };
  router_.Add("POST", "/api/v1/frameworks",
              authed([import_framework](app::App& app, const Caller& c, R req, P) {
                return import_framework(app, c, req, "");
              }));
  router_.Add("POST", "/api/v1/orgs/{ods}/frameworks",
              authed([import_framework](app::App& app, const Caller& c, R req, P p) {
                return import_framework(app, c, req, p.at("ods"));
              }));

  // Rounds
  const auto round_json = [](const app::RoundView& v) {
    Json j = app::ToJson(v.round);
    j["framework_version"] = v.framework.framework.version.str();
    j["items"] = app::ToJson(v.framework, true)["items"];
    return j;
  };
  router_.Add("GET", "/api/v1/orgs/{ods}/rounds",
              authed([](app::App& app, const Caller& c, R, P p) {
                return JsonResponse(List(app.ListRounds(c, p.at("ods"))));
              }));
  router_.Add("POST", "/api/v1/orgs/{ods}/rounds",
              authed([round_json](app::App& app, const Caller& c, R req, P p) {
                const Json body = ParseBody(req);
                return JsonResponse(
                    round_json(app.CreateRound(c, p.at("ods"), String(body, "framework"),
                                               String(body, "title"))),
                    201);
              }));
  router_.Add("POST", "/api/v1/orgs/{ods}/rounds/import",
              authed([round_json](app::App& app, const Caller& c, R req, P p) {
                for (const char* name : {"framework", "title", "closed_on"}) {
                  if (req.Query(name).empty()) {
                    throw Invalid(std::string("the query parameter ") + name + " is required",
                                  name);
                  }
                }
                const app::Id id =
                    app.ImportRound(c, p.at("ods"), req.Query("framework"), req.Query("title"),
                                    req.Query("closed_on"), req.body, "body");
                return JsonResponse(round_json(app.GetRound(c, p.at("ods"), id)), 201);
              }));
  router_.Add("GET", "/api/v1/orgs/{ods}/rounds/{round}",
              authed([round_json](app::App& app, const Caller& c, R, P p) {
                return JsonResponse(round_json(app.GetRound(c, p.at("ods"), PathId(p, "round"))));
              }));
  router_.Add("POST", "/api/v1/orgs/{ods}/rounds/{round}/open",
              authed([round_json](app::App& app, const Caller& c, R, P p) {
                return JsonResponse(round_json(app.OpenRound(c, p.at("ods"), PathId(p, "round"))));
              }));
  router_.Add("POST", "/api/v1/orgs/{ods}/rounds/{round}/close",
              authed([round_json](app::App& app, const Caller& c, R req, P p) {
                const std::string closed_on =
                    req.body.empty() ? "" : String(ParseBody(req), "closed_on", false);
                return JsonResponse(
                    round_json(app.CloseRound(c, p.at("ods"), PathId(p, "round"), closed_on)));
              }));
  router_.Add("GET", "/api/v1/orgs/{ods}/rounds/{round}/completion",
              authed([](app::App& app, const Caller& c, R, P p) {
                const auto rows = app.Completion(c, p.at("ods"), PathId(p, "round"));
                int complete = 0;
                for (const auto& row : rows) complete += row.answered >= row.items ? 1 : 0;
                return JsonResponse(
                    {{"members", List(rows)}, {"complete", complete}, {"total", rows.size()}});
              }));
  router_.Add(
      "GET", "/api/v1/orgs/{ods}/rounds/{round}/answers/mine",
      authed([](app::App& app, const Caller& c, R, P p) {
        return JsonResponse({{"answers", List(app.MyAnswers(c, p.at("ods"), PathId(p, "round")))}});
      }));
  router_.Add("PUT", "/api/v1/orgs/{ods}/rounds/{round}/answers/mine",
              authed([](app::App& app, const Caller& c, R req, P p) {
                const app::Id round = PathId(p, "round");
                app.SubmitAnswers(c, p.at("ods"), round, AnswersField(ParseBody(req)));
                return JsonResponse({{"answers", List(app.MyAnswers(c, p.at("ods"), round))}});
              }));
  router_.Add("GET", "/api/v1/orgs/{ods}/rounds/{round}/results",
              authed([](app::App& app, const Caller& c, R, P p) {
                Response r;
                r.body = app.Results(c, p.at("ods"), PathId(p, "round"))->json;
                return r;
              }));
}

}  // namespace boardlens::http
