#pragma once
/// The API's JSON for the portfolio, both ways.

#include <set>

#include "boardlens/features/portfolio/benefit.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::portfolio {

/// `priority_keys` are the strategy's current priorities: a project linked to none of them is
/// flagged.
http::Json ToJson(const Item& item, const std::set<Id>& priority_keys);
http::Json ToJson(const Rating& rating);
/// Every problem is named at once ("funding.capital", "costs[2].year").
/// `unstated` is the stage when the body gives none: in delivery for a new item, and the
/// stored one for a change, so a client that knows no stages never approves a proposal.
ItemInput ItemFromJson(const http::Json& body, Stage unstated = Stage::kInDelivery);
Rating RatingFromJson(const http::Json& body);

/// The item's senior responsible owner, dates, money and milestones, each milestone marked
/// overdue against `today` (YYYY-MM-DD).
http::Json AssuranceToJson(const Item& item, const std::string& today);
/// Every problem is named at once ("milestones[2].due_on"); `today` is for the rules' checks.
Assurance AssuranceFromJson(const http::Json& body, const std::string& today);

http::Json ToJson(const Benefit& benefit);
/// The benefit, its actuals and (from 2 of them) its chart, as a service measure's series.
http::Json ToJson(const BenefitSeries& series);
/// Every problem is named at once.
BenefitInput BenefitFromJson(const http::Json& body);

}  // namespace boardlens::portfolio
