#pragma once
/// User voice: staff and patients tell the board, in a minute and without an account, what
/// got in the way of a digital service; the board sees themes, rates and trends (with small
/// numbers suppressed) and publishes "you said, we did".

#include <string>
#include <vector>

#include "boardlens/features/feature.hpp"
#include "boardlens/features/voice/report.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens::voice {

void Register(Registration& registration);

// The parts Register puts together, one file each.
void AddApiRoutes(http::Router& routes);
/// Its part of the API description: its openapi*.json, with the enumerations its code reads.
http::ApiPart DescribeApi();
void AddPublicPages(http::Router& routes);
void AddPages(http::Router& routes);
/// The list of reports' filter as a request's query names it (service, month, barrier,
/// reporter, search, page), for the page, its CSV and the API alike (pages.cpp).
ReportFilter FilterOf(const http::Request& request, const std::vector<std::string>& months,
                      bool paged);
void AddChangePages(http::Router& routes);
void AddCommands(cli::Commands& commands);

}  // namespace boardlens::voice
