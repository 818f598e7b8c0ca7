#pragma once
/// What a feature registers when the binary starts: its use cases (made per thread by the
/// registry), its API routes and pages, the part of the API description beside its code
/// (http/openapi.hpp), its commands and its place in the header. Each feature has one
/// `Register(Registration&)`, called from app/application.cpp.

#include "boardlens/base/registry.hpp"
#include "boardlens/cli/commands.hpp"
#include "boardlens/html/layout.hpp"
#include "boardlens/http/openapi.hpp"
#include "boardlens/http/router.hpp"

namespace boardlens {

struct Registration {
  Registry& registry;
  http::Router& routes;
  cli::Commands& commands;
  html::Navigation& navigation;
  http::ApiDescription& api;
};

}  // namespace boardlens
