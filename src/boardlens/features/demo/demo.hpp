#pragma once
/// A realistic fictional NHS system for trying boardlens: one trust with a board of 14, two
/// closed rounds and an open one, and enough peer trusts for peer standing to show.

#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/services.hpp"

namespace boardlens::demo {

struct DemoLogin {
  std::string role;
  std::string email;
};

struct DemoSummary {
  std::string trust_ods;
  std::string password;  ///< one generated password for every demo account
  std::vector<DemoLogin> logins;
  Id open_round = 0;
};

/// Fills an empty database; refuses (Conflict) if the demo trust already exists.
DemoSummary LoadDemo(Scope& services);

/// A year of user-voice reports for `ods` (voice_demo.cpp), about its services if it has any,
/// with one service's reports rising, and a "you said, we did" log.
void LoadVoiceDemo(Scope& services, const std::string& ods);

}  // namespace boardlens::demo
