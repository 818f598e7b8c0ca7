#include "boardlens/features/pack/issued.hpp"

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"

namespace boardlens::pack {
namespace {

TEST(IssuedPack, AudienceNamesGoBothWays) {
  for (const auto name : AudienceNames()) EXPECT_EQ(ToString(*ParseAudience(name)), name);
  EXPECT_FALSE(ParseAudience("Board").has_value());
  EXPECT_FALSE(ParseAudience("").has_value());
}

TEST(IssuedPack, AMeetingIsARealDateWithinAYearOfToday) {
  const std::string today = "2026-12-07";
  EXPECT_NO_THROW(CheckMeeting("2026-12-17", today));
  EXPECT_NO_THROW(CheckMeeting("2027-12-08", today)) << "366 days ahead";
  EXPECT_NO_THROW(CheckMeeting("2025-12-06", today)) << "366 days before";
  for (const char* bad : {"2027-12-09", "2025-12-05", "2026-02-30", "17/12/2026", ""}) {
    try {
      CheckMeeting(bad, today);
      ADD_FAILURE() << bad << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalid) << bad;
      EXPECT_EQ(e.where(), "meeting_on") << bad;
    }
  }
}

}  // namespace
}  // namespace boardlens::pack
