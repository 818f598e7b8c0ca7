// User voice's form and list rules without I/O: a good report kept trimmed, every bad field
// named at once, and (issue 19, found in use 4 and 13) a contact that is neither an email
// address nor a phone number, the help text, and the board's filter of the reports.

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/features/voice/report.hpp"

namespace boardlens::voice {
namespace {

ReportInput WithContact(std::string contact) {
  ReportInput in;
  in.service = "other";
  in.reporter = "patient";
  in.barriers = {"slow"};
  in.how_often = "often";
  in.impact = "some";
  in.fft = "good";
  in.contact = std::move(contact);
  in.consent = true;
  return in;
}

TEST(VoiceForm, AContactIsAnEmailAddressOrAPhoneNumber) {
  for (const char* good :
       {"me@example.com", "07700 900123", "+44 (0)20 7946 0000", "020-7946-0000"}) {
    EXPECT_EQ(CheckReport(WithContact(good), {}).contact, good);
  }
  for (const char* bad :
       {"call me", "bed 12, ward 3", "12345", "me@example", "0770090012a", "0770+0900123"}) {
    try {
      CheckReport(WithContact(bad), {});
      ADD_FAILURE() << bad << " was taken";
    } catch (const Error& e) {
      const std::string where = e.problems().empty() ? e.where() : e.problems().front().where;
      EXPECT_EQ(where, "contact") << bad;
      EXPECT_NE(std::string(e.what()).find("email address"), std::string::npos) << e.what();
    }
  }
}

TEST(VoiceForm, TheHelpTextIsTrimmedAndLimitedAndTheDefaultNamesNhs111And999) {
  EXPECT_NE(kDefaultHelp.find("111"), std::string_view::npos);
  EXPECT_NE(kDefaultHelp.find("999"), std::string_view::npos);
  EXPECT_NE(kDefaultHelp.find("patient advice and liaison service (PALS)"), std::string_view::npos);
  EXPECT_EQ(CheckHelp("  Call PALS on 01632 960 001.  "), "Call PALS on 01632 960 001.");
  EXPECT_THROW(CheckHelp(std::string(kMaxHelp + 1, 'x')), Error);
}

ReportFilter Read(const std::map<std::string, std::string>& query, bool paged = true) {
  return ReadReportFilter(
      [&](std::string_view name) {
        const auto it = query.find(std::string(name));
        return it == query.end() ? std::string() : it->second;
      },
      {"2026-01", "2026-02", "2026-03"}, paged);
}

TEST(VoiceReportFilter, EachFilterIsCheckedAndEveryFaultNamedAtOnce) {
  const ReportFilter f = Read({{"service", "7"},
                               {"month", "2026-02"},
                               {"barrier", "slow"},
                               {"reporter", "patient"},
                               {"search", "  NHS number "},
                               {"page", "3"}});
  EXPECT_EQ(f.service, "7");
  EXPECT_EQ(f.month, "2026-02");
  EXPECT_EQ(f.search, "NHS number");
  EXPECT_EQ(f.page, 3);
  EXPECT_TRUE(f.any());
  EXPECT_EQ(Read({}).page, 1) << "the page starts at the first";
  EXPECT_EQ(Read({}, false).page, 0) << "the CSV and the API take every report";
  EXPECT_FALSE(Read({}).any());
  EXPECT_EQ(Read({{"service", "other"}}).service, "other");
  try {
    Read({{"service", "1 OR 1=1"},
          {"month", "2025-12"},
          {"barrier", "<b>"},
          {"reporter", "robot"},
          {"search", std::string(kMaxSearch + 1, 'x')},
          {"page", "0"}});
    ADD_FAILURE() << "a bad filter was taken";
  } catch (const Error& e) {
    std::vector<std::string> where;
    for (const auto& p : e.problems()) where.push_back(p.where);
    EXPECT_EQ(where, (std::vector<std::string>{"service", "month", "barrier", "reporter", "search",
                                               "page"}));
  }
}

TEST(VoiceReportFilter, AMonthRunsFromItsFirstDayToTheNextMonths) {
  EXPECT_EQ(MonthRange("2026-02"),
            (std::pair<std::string, std::string>{"2026-02-01", "2026-03-01"}));
  EXPECT_EQ(MonthRange("2026-12"),
            (std::pair<std::string, std::string>{"2026-12-01", "2027-01-01"}));
}

ReportInput Good() {
  ReportInput in;
  in.service = "7";
  in.reporter = "staff";
  in.barriers = {"slow", "log_in"};
  in.what_happened = "  The login page timed out twice.  ";
  in.how_often = "often";
  in.impact = "a_lot";
  in.fft = "poor";
  return in;
}

std::vector<std::string> WhereOf(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    std::vector<std::string> out;
    if (e.problems().empty()) return {e.where()};
    for (const auto& p : e.problems()) out.push_back(p.where);
    return out;
  }
  return {};
}

TEST(VoiceReport, AGoodReportIsKeptTrimmedWithItsBarriersInListOrder) {
  const Report r = CheckReport(Good(), {7, 9});
  EXPECT_EQ(r.service_id, 7);
  EXPECT_EQ(r.reporter, Reporter::kStaff);
  EXPECT_EQ(r.barriers, (std::vector<Barrier>{Barrier::kLogIn, Barrier::kSlow}));
  EXPECT_EQ(r.what_happened, "The login page timed out twice.");
  EXPECT_EQ(r.fft, FftAnswer::kPoor);
  EXPECT_TRUE(r.contact.empty());
  ReportInput other = Good();
  other.service = "other";
  other.barriers = {"other", "other"};
  EXPECT_FALSE(CheckReport(other, {}).service_id) << "something else";
  EXPECT_EQ(CheckReport(other, {}).barriers.size(), 1U) << "a choice counts once";
}

TEST(VoiceReport, EveryBadFieldIsNamedAtOnce) {
  ReportInput in;
  in.service = "8";  // not one the form offers
  in.reporter = "robot";
  in.barriers = {"slow", "<script>"};
  in.what_happened = std::string(kMaxWhatHappened + 1, 'x');
  in.how_often = "";
  in.impact = "huge";
  in.fft = "excellent";
  in.contact = "me@example.com";  // without consent
  EXPECT_EQ(WhereOf([&] { CheckReport(in, {7}); }),
            (std::vector<std::string>{"service", "reporter", "barriers", "what_happened",
                                      "how_often", "impact", "fft", "consent"}));
  ReportInput none = Good();
  none.barriers.clear();
  EXPECT_EQ(WhereOf([&] { CheckReport(none, {7}); }), std::vector<std::string>{"barriers"});
}

TEST(VoiceReport, AContactIsKeptOnlyWithConsent) {
  ReportInput in = Good();
  in.contact = "07700 900123";
  in.consent = true;
  EXPECT_EQ(CheckReport(in, {7}).contact, "07700 900123");
  in.contact.clear();
  EXPECT_TRUE(CheckReport(in, {7}).contact.empty()) << "consent without a contact keeps nothing";
}

TEST(VoiceReport, BarriersRoundTripAndUnknownNamesAreSkipped) {
  const std::vector<Barrier> all{Barrier::kLogIn, Barrier::kRepeat, Barrier::kOther};
  EXPECT_EQ(JoinBarriers(all), "log_in;repeat;other");
  EXPECT_EQ(SplitBarriers("log_in;repeat;other"), all);
  EXPECT_EQ(SplitBarriers("log_in;gone;"), std::vector<Barrier>{Barrier::kLogIn});
  EXPECT_EQ(Barriers().size(), kBarrierCount);
  EXPECT_EQ(FftAnswers().size(), 6U) << "the six Friends and Family Test answers";
}

}  // namespace
}  // namespace boardlens::voice
