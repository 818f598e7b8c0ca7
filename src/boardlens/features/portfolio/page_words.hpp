#pragma once
/// What the portfolio's pages share.

#include <map>
#include <string>

#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::portfolio {

std::string ItemPath(const html::Visit& visit, Id id, std::string_view rest = {});
/// The strategy's current priorities, by key: their titles.
std::map<Id, std::string> PriorityTitles(html::Visit& visit);
/// The titles of the item's links to current priorities, joined; empty when none.
std::string LinkedPriorities(const ItemInput& item, const std::map<Id, std::string>& titles);
/// "Programme", "Project", or "Proposed project" for a proposal.
std::string KindText(const ItemInput& item);
/// "£1,250,000", or "None".
std::string Amount(const ItemInput& item, Source source);
/// The item's money in a line, only the sources it has ("Capital £800,000; revenue
/// £450,000"); for none, "Through its programme" or "None recorded".
std::string FundingText(const ItemInput& item);
/// The item's senior responsible owner, dates, budget against spend and milestones (overdue
/// against `today` marked), with a link to change them for keepers (assurance_pages.cpp).
html::Html AssuranceSection(html::Visit& visit, const Item& item, bool keeper,
                            const std::string& today);
/// The portfolio as CSV: a row an item.
std::vector<std::vector<std::string>> PortfolioTable(const std::vector<Item>& items,
                                                     const std::map<Id, std::string>& titles);

}  // namespace boardlens::portfolio
