#pragma once
/// The API's JSON for the portfolio, both ways.

#include <set>

#include "boardlens/features/portfolio/benefit.hpp"
#include "boardlens/features/portfolio/item.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::portfolio {

/// `priority_keys` are the strategy's current priorities: a project linked to none of them is
/// flagged.
http::Json ToJson(const Item& item, const std::set<Id>& priority_keys);
http::Json ToJson(const Rating& rating);
/// Every problem is named at once ("funding.capital", "costs[2].year").
/// `stored` is the stage a change keeps when the body gives none, so a client that knows no
/// stages never approves a proposal. A new item (no `stored`) must say its stage: whether the
/// board has approved it is asked, never assumed.
ItemInput ItemFromJson(const http::Json& body, std::optional<Stage> stored = std::nullopt);
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
