#pragma once
/// Every setting of the binary, gathered: each feature's own, and the few the platform has.

#include <cstdint>

#include "boardlens/features/accounts/account.hpp"
#include "boardlens/features/orgs/organisation.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/http/site.hpp"
#include "boardlens/mail/mailer.hpp"

namespace boardlens::app {

struct Settings {
  accounts::Settings accounts;
  orgs::Settings orgs;
  results::Settings results;
  http::Site site;
  mail::Settings mail;    ///< from the environment only: `serve` reads it
  voice::Settings voice;  ///< the public form's limits; `serve` reads the environment

  /// How long an instance trusts what it looked up about a token, a role or whether results
  /// are fresh. A change made through another instance reaches this one within this time.
  void SetCacheSeconds(std::int64_t seconds) {
    accounts.cache_seconds = orgs.cache_seconds = results.cache_seconds = seconds;
  }
};

}  // namespace boardlens::app
