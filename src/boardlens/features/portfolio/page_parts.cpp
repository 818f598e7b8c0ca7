#include "boardlens/features/portfolio/page_parts.hpp"

#include <array>
#include <map>

namespace boardlens::portfolio {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer

std::string MonthText(const std::string& month) {
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return std::string(kMonths.at(std::stoul(month.substr(5, 2)) - 1)) + " " + month.substr(0, 4);
}

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
