#pragma once
/// The composition root: the settings, the registry of what every feature provides, and the route,
/// command and navigation tables they fill. Nothing here knows a rule; it only wires.

#include <iosfwd>
#include <mutex>
#include <string>

#include "boardlens/app/settings.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/base/registry.hpp"
#include "boardlens/cli/commands.hpp"
#include "boardlens/html/layout.hpp"
#include "boardlens/http/openapi.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens::app {

class Application {
 public:
  /// Registers every feature. `clock` must outlive the application.
  explicit Application(Clock& clock);
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  Settings settings;  ///< change before the first request
  http::Router routes;
  cli::Commands commands;
  html::Navigation navigation;
  http::ApiDescription api_description;  ///< served at /api/v1/openapi.json; `openapi`

  /// Uses the database at `url` from now on: migrates it and loads the shipped frameworks
  /// (once), and returns the calling thread's scope of the registry over it.
  Scope& Open(const std::string& url);
  /// Serves HTTP until SIGINT or SIGTERM (the `serve` command).
  void Serve(const std::string& listen, unsigned threads, std::size_t max_body_bytes,
             bool access_log);

 private:
  void Share();
  void AddCommands();
  /// The route table, for `routes`: what a request may reach, and what it needs.
  void PrintRoutes(std::ostream& out, const std::string& format) const;
  Clock& clock_;
  std::string database_url_;
  std::once_flag migrated_;

 public:
  /// Declared last, so destroyed first: what it made refers to the members above.
  Registry registry;
};

}  // namespace boardlens::app
