#include "boardlens/app/application.hpp"

#include <spdlog/spdlog.h>
#include <limits>

#include <charconv>
#include <mutex>
#include <ostream>

#include <nlohmann/json.hpp>

#include "boardlens/base/error.hpp"
#include "boardlens/db/migrations.hpp"
#include "boardlens/features/about/feature.hpp"
#include "boardlens/features/accounts/feature.hpp"
#include "boardlens/features/actions/feature.hpp"
#include "boardlens/features/assurance/feature.hpp"
#include "boardlens/features/briefing/feature.hpp"
#include "boardlens/features/demo/feature.hpp"
#include "boardlens/features/export/feature.hpp"
#include "boardlens/features/frameworks/feature.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/health/feature.hpp"
#include "boardlens/features/home/feature.hpp"
#include "boardlens/features/observations/feature.hpp"
#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/features/pack/feature.hpp"
#include "boardlens/features/portfolio/feature.hpp"
#include "boardlens/features/questions/feature.hpp"
#include "boardlens/features/results/feature.hpp"
#include "boardlens/features/risks/feature.hpp"
#include "boardlens/features/rounds/feature.hpp"
#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/strategy/feature.hpp"
#include "boardlens/features/voice/feature.hpp"
#include "boardlens/html/page.hpp"
#include "boardlens/http/pipeline.hpp"
#include "boardlens/http/server.hpp"
#include "boardlens/mail/outbox.hpp"
#include "boardlens/mail/smtp_mailer.hpp"

namespace boardlens::app {

Application::Application(Clock& clock) : clock_(clock) {
  Share();
  AddCommands();
  Registration r{registry, routes, commands, navigation, api_description};
  // One line a feature. A feature may use those registered before it.
  health::Register(r);
  accounts::Register(r);
  orgs::Register(r);
  frameworks::Register(r);
  rounds::Register(r);
  results::Register(r);
  actions::Register(r);
  services::Register(r);
  strategy::Register(r);
  portfolio::Register(r);
  voice::Register(r);
  questions::Register(r);
  risks::Register(r);
  observations::Register(r);
  assurance::Register(r);
  briefing::Register(r);
  pack::Register(r);
  exports::Register(r);
  home::Register(r);
  demo::Register(r);
  about::Register(r);
  registry.RequireAllProvided();
}

void Application::AddCommands() {
  commands.Add("migrate", "Apply database migrations and load the national frameworks",
               [](cli::Spec&) {
                 return [](cli::Context& ctx) {
                   ctx.services();
                   ctx.out() << "database is up to date; national frameworks loaded\n";
                 };
               });
  commands.Add("routes", "List what the server answers, and what each route needs",
               [this](cli::Spec& spec) {
                 auto format = std::make_shared<std::string>("table");
                 spec.Choice("--format", *format, "json or table", {"json", "table"});
                 return [this, format](cli::Context& ctx) { PrintRoutes(ctx.out(), *format); };
               });
  commands.Add("openapi", "Print the API's OpenAPI 3.1 description, as the server serves it",
               [this](cli::Spec&) {
                 return [this](cli::Context& ctx) { ctx.out() << api_description.Text(routes); };
               });
  commands.Add("serve", "Serve the web API (applies migrations first)", [this](cli::Spec& spec) {
    struct Options {
      std::string listen = "127.0.0.1:8080";
      std::int64_t threads = 0;
      std::int64_t max_body = std::int64_t{1024} * 1024;
      bool quiet = false;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--listen", o->listen, "HOST:PORT to listen on (port 0 picks a free one)")
        .Number("--threads", o->threads, "Worker threads (default: one per core)")
        .Number("--max-body", o->max_body, "Largest request body in bytes")
        .Flag("--no-access-log", o->quiet, "Do not log each request")
        .Text("--public-url", settings.site.public_url,
              "Where people reach boardlens, e.g. https://boardlens.example.nhs.uk, for the "
              "invitation links it makes (default: http://HOST:PORT of --listen)");
    return [this, o](cli::Context& ctx) {
      settings.mail = mail::Settings::FromEnvironment();
      settings.voice = voice::Settings::FromEnvironment();
      ctx.services();  // migrated before the first request
      Serve(o->listen, static_cast<unsigned>(std::max<std::int64_t>(o->threads, 0)),
            static_cast<std::size_t>(std::max<std::int64_t>(o->max_body, 0)), !o->quiet);
    };
  });
}

void Application::PrintRoutes(std::ostream& out, const std::string& format) const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const http::Route& route : routes.routes()) {
    const http::Needs& n = route.needs;
    const std::string who = http::Who(n);
    const bool api = route.surface == http::Surface::kApi;
    if (format == "table") {
      out << route.method << ' ' << route.pattern << "  " << (api ? "api" : "page") << ' ' << who
          << (n.csrf ? "" : " no-csrf") << (n.worker ? " worker" : "") << (n.waits ? " waits" : "")
          << (n.bulk ? " bulk" : "") << '\n';
      continue;
    }
    list.push_back({{"method", route.method},
                    {"path", route.pattern},
                    {"surface", api ? "api" : "page"},
                    {"who", who},
                    {"csrf", n.csrf},
                    {"worker", n.worker},
                    {"waits", n.waits},
                    {"bulk", n.bulk}});
  }
  if (format == "json") out << list.dump(2) << '\n';
}

void Application::Share() {
  registry.Share<Clock>(clock_);
  registry.Share(settings.accounts);
  registry.Share(settings.orgs);
  registry.Share(settings.results);
  registry.Share(settings.site);
  registry.Share(settings.mail);
  registry.Share(settings.voice);
  registry.Share(navigation);
  registry.Share(api_description);
  // What each feature remembers between requests, shared by every thread.
  static_assert(std::is_default_constructible_v<accounts::Caches>);
  registry.Provide<accounts::Caches>(
      [caches = std::make_shared<accounts::Caches>()](Scope&) { return caches; });
  registry.Provide<orgs::Caches>(
      [caches = std::make_shared<orgs::Caches>()](Scope&) { return caches; });
  registry.Provide<results::Caches>(
      [caches = std::make_shared<results::Caches>()](Scope&) { return caches; });
  // Each thread keeps its own connection to the mail server.
  registry.Provide<mail::Mailer>([](Scope& s) {
    return std::make_shared<mail::SmtpMailer>(s.Get<mail::Settings>(), s.Get<Clock>());
  });
  // One outbox for the process, made when first used, with a connection of its own.
  registry.Provide<mail::Outbox>([outbox = std::make_shared<std::shared_ptr<mail::Outbox>>(),
                                  once = std::make_shared<std::once_flag>()](Scope& s) {
    std::call_once(*once, [&] {
      *outbox = std::make_shared<mail::Outbox>(
          std::make_unique<mail::SmtpMailer>(s.Get<mail::Settings>(), s.Get<Clock>()));
    });
    return *outbox;
  });
  // Each thread has its own connection: neither engine's connections may be shared.
  registry.Provide<db::Database>(
      [this](Scope&) { return std::shared_ptr<db::Database>(db::OpenDatabase(database_url_)); });
}

Scope& Application::Open(const std::string& url) {
  std::call_once(migrated_, [&] {
    database_url_ = url;
    Scope& scope = registry.ThisThread();
    db::Migrate(scope.Get<db::Database>(), clock_.Now());
    scope.Get<frameworks::Frameworks>().LoadShipped();
  });
  return registry.ThisThread();
}

void Application::Serve(const std::string& listen, unsigned threads, std::size_t max_body_bytes,
                        bool access_log) {
  http::ServerOptions server;
  const auto colon = listen.rfind(':');
  const char* port_end = listen.data() + listen.size();
  const auto [end, ec] = colon == std::string::npos
                             ? std::from_chars_result{nullptr, std::errc::invalid_argument}
                             : std::from_chars(listen.data() + colon + 1, port_end, server.port);
  if (ec != std::errc{} || end != port_end || colon == 0) {
    throw Invalid("\"" + listen + "\" is not HOST:PORT (port 0 to 65535)", "--listen");
  }
  server.host = listen.substr(0, colon);
  server.threads = threads;
  server.max_body_bytes = max_body_bytes;
  server.access_log = access_log;
  const http::Pipeline pipeline(registry, routes, html::ErrorPageFromCurrentException);
  server.offload = [&pipeline](const http::Request& r) { return pipeline.RunsOnWorker(r); };
  server.waits = [&pipeline](const http::Request& r) { return pipeline.Waits(r); };
  server.body_limit = [&pipeline](const std::string& method, const std::string& path) {
    return pipeline.TakesBulk(method, path) ? std::numeric_limits<std::size_t>::max()
                                            : http::kMaxRecordBody;
  };
  http::Serve(
      server, [&pipeline](const http::Request& r) { return pipeline.Handle(r); },
      [&](unsigned short port) {
        // Before any request is read: links are made from this, never from a Host header.
        if (settings.site.public_url.empty()) {
          settings.site.public_url = "http://" + server.host + ":" + std::to_string(port);
        }
        spdlog::info(R"({{"event":"listening","url":"http://{}:{}/","database":"{}","mail":"{}"}})",
                     server.host, port, database_url_.substr(0, database_url_.find(':')),
                     settings.mail.configured() ? "smtp" : "off");
      });
}

}  // namespace boardlens::app
