#include "boardlens/features/observations/page_parts.hpp"

namespace boardlens::observations {

std::string ObservationPath(const html::Visit& v, Id id, std::string_view rest) {
  return v.OrgPath("/observations/" + std::to_string(id)) + std::string(rest);
}

std::string RatingText(int rating) {
  return std::to_string(rating) + " – " + std::string(RatingWord(rating));
}

html::Html SharingTag(const Observation& o) {
  return o.shared_at != 0 ? html::Tag("Shared", "blue") : html::Tag("Only you", "grey");
}

}  // namespace boardlens::observations
