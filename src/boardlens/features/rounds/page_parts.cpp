#include "boardlens/features/rounds/page_parts.hpp"

namespace boardlens::rounds {

html::Html RoundStatusTag(RoundStatus status) {
  switch (status) {
    case RoundStatus::kDraft:
      return html::Tag("Draft", "grey");
    case RoundStatus::kOpen:
      return html::Tag("Open", "blue");
    case RoundStatus::kClosed:
      return html::Tag("Closed", "green");
  }
  return {};
}

std::string RatingText(const std::optional<std::int8_t>& rating) {
  return rating ? std::to_string(*rating) : std::string("Don't know");
}

std::string RoundPath(const html::Visit& visit, Id round, std::string_view rest) {
  return visit.OrgPath("/rounds/" + std::to_string(round)) + std::string(rest);
}

}  // namespace boardlens::rounds
