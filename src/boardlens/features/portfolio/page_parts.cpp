#include "boardlens/features/portfolio/page_parts.hpp"

#include <map>

#include "boardlens/base/clock.hpp"

namespace boardlens::portfolio {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

std::string MonthText(const std::string& month) {
  // The month's first three letters: "Nov 2026" keeps a year of cells narrow.
  return std::string(MonthName(std::stoi(month.substr(5, 2))).substr(0, 3)) + " " +
         month.substr(0, 4);
}

Html AwaitingApprovalTag() { return Tag("Awaiting approval", "purple"); }

Html ConfidenceTag(const std::optional<Rating>& rating) {
  if (!rating) return Tag("Not reported", "grey");
  return Tag(Label(rating->confidence), Colour(rating->confidence));
}

Html RatingsRow(const std::vector<Rating>& ratings, const std::string& this_month) {
  std::map<std::string, const Rating*> by_month;
  for (const Rating& r : ratings) by_month[r.month] = &r;
  Html cells;
  for (const std::string& month : MonthsUpTo(this_month, kRatingMonths)) {
    const auto it = by_month.find(month);
    cells +=
        Render("<li class=\"bl-ratings__cell\"><span class=\"bl-ratings__month\">{}</span>{}</li>",
               MonthText(month),
               it == by_month.end() ? Tag("Not reported", "white") : ConfidenceTag(*it->second));
  }
  return Render(
      "<ol class=\"bl-ratings\" aria-label=\"Delivery confidence, month by month, over the "
      "last {} months\">{}</ol>",
      kRatingMonths, cells);
}

}  // namespace boardlens::portfolio
