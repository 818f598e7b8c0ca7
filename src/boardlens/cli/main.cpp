// boardlens: one binary that serves, migrates, imports and reports. Its commands are the
// features' (app/application.cpp registers them).

#include <spdlog/spdlog.h>

#include "boardlens/app/application.hpp"

int main(int argc, char** argv) {
  spdlog::set_pattern("%v");  // our log lines are JSON objects already
  boardlens::SystemClock clock;
  boardlens::app::Application app(clock);
  return app.commands.Main(
      argc, argv, [&app](const std::string& url) -> boardlens::Scope& { return app.Open(url); });
}
