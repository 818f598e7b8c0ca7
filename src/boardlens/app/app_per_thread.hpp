#pragma once
/// What the server's threads share: settings and caches. Each thread gets its own App over
/// its own database connection, since connections are not shared across threads.

#include <memory>
#include <string>

#include "boardlens/app/app.hpp"

namespace boardlens::app {

class AppPerThread {
 public:
  AppPerThread(std::string database_url, const Settings& settings)
      : database_url_(std::move(database_url)), settings_(settings) {}
  AppPerThread(const AppPerThread&) = delete;
  AppPerThread& operator=(const AppPerThread&) = delete;

  /// The calling thread's App, connecting on first use.
  App& Get();
  const Settings& settings() const { return settings_; }

 private:
  std::string database_url_;
  Settings settings_;
  Caches caches_;
};

}  // namespace boardlens::app
