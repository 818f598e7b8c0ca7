#include "boardlens/features/pack/issued.hpp"

#include <cstdlib>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::pack {
namespace {

constexpr NameTable<Audience, 2> kAudiences{{
    {Audience::kBoard, "board"},
    {Audience::kPublic, "public"},
}};

}  // namespace

std::string_view ToString(Audience audience) { return NameOf(kAudiences, audience); }
std::optional<Audience> ParseAudience(std::string_view text) { return FromName(kAudiences, text); }
std::vector<std::string_view> AudienceNames() { return Names(kAudiences); }

std::string_view AudienceLabel(Audience audience) {
  return audience == Audience::kPublic ? "Public" : "For the board";
}

void CheckMeeting(const std::string& meeting_on, const std::string& today) {
  if (!IsValidDate(meeting_on)) {
    throw Invalid("Enter the date of the meeting as a real date, YYYY-MM-DD", "meeting_on");
  }
  const std::int64_t days = (EpochOfDate(meeting_on) - EpochOfDate(today)) / kSecondsPerDay;
  if (std::llabs(days) > kMaxDaysFromMeeting) {
    throw Invalid("The meeting must be within a year of today: " + DateText(meeting_on) + " is not",
                  "meeting_on");
  }
}

}  // namespace boardlens::pack
