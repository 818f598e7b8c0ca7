#pragma once
/// A pack issued for a meeting: kept as it was issued, with who issued it, when, and the
/// SHA-256 of the file, so that the board can later see exactly what it was shown. No I/O.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"

namespace boardlens::pack {

/// Who a pack is for: the board, or anyone, once published on the organisation's website.
enum class Audience : std::uint8_t { kBoard, kPublic };

struct IssuedPack {
  Id id = 0;
  Id org_id = 0;
  std::string meeting_on;  ///< YYYY-MM-DD
  Audience audience = Audience::kBoard;
  std::optional<Id> issued_by;
  std::string issued_by_name;
  std::int64_t issued_at = 0;
  std::string sha256;  ///< of the PDF, lower-case hex
  std::int64_t size = 0;
};

/// How far from today a meeting may be: a pack is issued shortly before its meeting, or
/// recorded after it, but never years away, which is surely a typo.
inline constexpr int kMaxDaysFromMeeting = 366;

/// "board", "public": the API's and the database's words.
std::string_view ToString(Audience audience);
std::optional<Audience> ParseAudience(std::string_view text);
std::vector<std::string_view> AudienceNames();
/// "For the board", "Public": for pages.
std::string_view AudienceLabel(Audience audience);

/// Throws Invalid naming "meeting_on" unless it is a real date within kMaxDaysFromMeeting of
/// `today` (both YYYY-MM-DD).
void CheckMeeting(const std::string& meeting_on, const std::string& today);

}  // namespace boardlens::pack
