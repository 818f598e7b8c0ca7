// User voice against SQLite and a real PostgreSQL: the public link, reports stored through the
// group-commit writer, what the board sees (suppressed), the "you said, we did" log, and who
// may do what.

#include <gtest/gtest.h>

#include <thread>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;
using voice::ReportInput;

class VoiceStoreTest : public testing::StoreFixture {
 protected:
  void SetUp() override {
    clock_.Set(EpochOfDate("2026-11-20") + 10 * kSecondsPerHour);
    StoreFixture::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    Settings().voice.per_address = {3, 0};  // read when the limiters are first made
    for (const char* ods : {"RAA", "RBB"}) {
      Orgs().AddOrganisation(op_, ods, std::string("Trust ") + ods, "trust", "");
      for (const auto& [who, role] :
           {std::pair{"secretary", Role::kSecretary}, std::pair{"member", Role::kMember},
            std::pair{"viewer", Role::kViewer}}) {
        const std::string email = std::string(who) + "@" + ods + ".example";
        Accounts().AddAccount(op_, email, who, kPassword, false);
        Orgs().SetRole(op_, ods, email, role);
      }
    }
    orgs::Member owner;
    owner.name = "Chief Digital";
    owner.email = "cdo@raa.example";
    owner.job_title = "Chief digital officer";
    const Id owner_id = Board().AddMember(op_, "RAA", owner).id;
    for (const char* name : {"Patient portal", "E-rostering", "Old intranet"}) {
      services::ServiceInput in;
      in.name = name;
      in.purpose = "A service";
      in.owner_member_id = owner_id;
      // Who uses it decides whom the form offers it to (issue 19): here, everyone.
      in.user_groups = "Staff and patients";
      in.supplier = "In house";
      in.stage =
          std::string(name) == "Old intranet" ? services::Stage::kRetired : services::Stage::kLive;
      scope_->Get<services::ServiceRegister>().Add(op_, "RAA", in);
    }
  }

  voice::Voice& Voice() { return scope_->Get<voice::Voice>(); }
  Caller As(const std::string& who, const std::string& ods) {
    return StoreFixture::As(who + "@" + ods + ".example");
  }
  std::int64_t StoredReports() {
    return Db().Query("SELECT COUNT(*) AS n FROM voice_reports", {}).at(0).i64("n");
  }
  static ReportInput Input(const std::string& service, const std::string& reporter,
                           const std::string& fft) {
    ReportInput in;
    in.service = service;
    in.reporter = reporter;
    in.barriers = {"slow"};
    in.how_often = "often";
    in.impact = "some";
    in.fft = fft;
    return in;
  }
};

TEST_P(VoiceStoreTest, TheLinkIsMadeOnceAndReplacingItRetiresTheOld) {
  const std::string link = Voice().Link(As("viewer", "RAA"), "RAA");
  EXPECT_EQ(link.size(), 43U);
  EXPECT_EQ(Voice().Link(As("member", "RAA"), "RAA"), link);
  EXPECT_NE(Voice().Link(op_, "RBB"), link);
  const auto form = Voice().Form(link);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->org.ods, "RAA");
  ASSERT_EQ(form->services.size(), 2U) << "a retired service is not offered";
  EXPECT_EQ(form->services[0].name, "E-rostering");
  EXPECT_EQ(KindOf([&] { Voice().RotateLink(As("member", "RAA"), "RAA"); }), ErrorKind::kForbidden);
  const std::string rotated = Voice().RotateLink(As("secretary", "RAA"), "RAA");
  EXPECT_NE(rotated, link);
  EXPECT_FALSE(Voice().Form(link));
  EXPECT_TRUE(Voice().Form(rotated));
  EXPECT_FALSE(Voice().Form(std::string(200, 'x')));
  EXPECT_EQ(KindOf([&] { Voice().Link(As("viewer", "RBB"), "RAA"); }), ErrorKind::kNotFound);
}

TEST_P(VoiceStoreTest, ReportsAreStoredDurablyWithTheDayOnlyAndContactsOnlyForTheSecretary) {
  const auto form = *Voice().Form(Voice().Link(op_, "RAA"));
  const std::string portal = std::to_string(*form.services[1].id);
  ReportInput in = Input(portal, "patient", "good");
  in.what_happened = "It logged me out";
  in.contact = "me@example.com";
  in.consent = true;
  Voice().Submit(form, in);
  EXPECT_EQ(StoredReports(), 1) << "Submit returns once the report is stored";
  EXPECT_EQ(KindOf([&] { Voice().Submit(form, Input("999", "staff", "good")); }),
            ErrorKind::kInvalid);
  EXPECT_EQ(StoredReports(), 1);

  const auto for_secretary = Voice().Reports(As("secretary", "RAA"), "RAA");
  ASSERT_EQ(for_secretary.size(), 1U);
  EXPECT_EQ(for_secretary[0].report.received_on, "2026-11-20");
  EXPECT_EQ(for_secretary[0].service_name, "Patient portal");
  EXPECT_EQ(for_secretary[0].report.contact, "me@example.com");
  EXPECT_EQ(Voice().Reports(As("member", "RAA"), "RAA")[0].report.contact, "");
  EXPECT_EQ(KindOf([&] { Voice().Reports(As("viewer", "RAA"), "RAA"); }), ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { Voice().Reports(As("member", "RBB"), "RAA"); }), ErrorKind::kNotFound);
  EXPECT_TRUE(Voice().Reports(op_, "RBB").empty());
}

TEST_P(VoiceStoreTest, TheSummaryShowsOnlyWhatElevenOrMoreSaid) {
  const auto form = *Voice().Form(Voice().Link(op_, "RAA"));
  const std::string rostering = std::to_string(*form.services[0].id);
  // Many threads at once, as the server sends them: the writer shares commits between them.
  std::vector<std::thread> threads;
  threads.reserve(24);
  for (int i = 0; i < 24; ++i) {
    threads.emplace_back([&, i] {
      app_->registry.ThisThread().Get<voice::Voice>().Submit(
          form, Input(i < 20 ? rostering : "other", i < 14 ? "staff" : "patient",
                      i % 4 == 0 ? "dont_know" : (i % 2 == 0 ? "poor" : "very_good")));
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(StoredReports(), 24);
  const voice::Summary s = Voice().Summarise(As("viewer", "RAA"), "RAA");
  EXPECT_EQ(s.total, 24);
  EXPECT_EQ(s.months.back(), "2026-11");
  EXPECT_EQ(s.by_month.back().reports, 24);
  // 12 good and 6 poor: the score and its 18 answers would give the 6 away; so would 18
  // answers beside 24 reports, for the 6 who did not know.
  EXPECT_FALSE(s.by_month.back().fft_answers);
  EXPECT_FALSE(s.by_month.back().fft_positive.value);
  ASSERT_EQ(s.by_service.size(), 3U);  // E-rostering, Patient portal, something else
  EXPECT_EQ(s.by_service[0].service.name, "E-rostering");
  EXPECT_FALSE(s.by_service[0].total) << "20 beside 24 would give away the 4";
  EXPECT_EQ(s.by_service[1].total, 0);
  EXPECT_FALSE(s.by_service[2].total);
  EXPECT_FALSE(s.patients) << "10 patients";
  EXPECT_FALSE(s.staff) << "14 staff beside 24 would give away the 10";
}

TEST_P(VoiceStoreTest, TheLinkAndTheAddressAreLimitedBeforeAnyDatabaseWork) {
  for (int i = 0; i < 3; ++i) Voice().Admit("10.0.0.1");
  EXPECT_EQ(KindOf([&] { Voice().Admit("10.0.0.1"); }), ErrorKind::kTooManyRequests);
  EXPECT_NO_THROW(Voice().Admit("10.0.0.2"));
}

TEST_P(VoiceStoreTest, OnlyTheSecretaryKeepsTheLogAndOnlyPublishedEntriesArePublic) {
  voice::ChangeInput in{"The portal logged people out", "We made sessions last longer",
                        "2026-11-01", false};
  EXPECT_EQ(KindOf([&] { Voice().AddChange(As("member", "RAA"), "RAA", in); }),
            ErrorKind::kForbidden);
  const auto draft = Voice().AddChange(As("secretary", "RAA"), "RAA", in);
  in.published = true;
  in.heard = "Rostering was slow";
  const auto published = Voice().AddChange(As("secretary", "RAA"), "RAA", in);
  const auto form = *Voice().Form(Voice().Link(op_, "RAA"));
  ASSERT_EQ(Voice().Published(form).size(), 1U);
  EXPECT_EQ(Voice().Published(form)[0].id, published.id);
  EXPECT_EQ(Voice().Changes(As("viewer", "RAA"), "RAA").size(), 2U);
  in.did = "";
  in.done_on = "2026-13-01";
  EXPECT_EQ(KindOf([&] { Voice().UpdateChange(As("secretary", "RAA"), "RAA", draft.id, in); }),
            ErrorKind::kInvalid);
  in.did = "Fixed";
  in.done_on = "2026-11-02";
  const auto updated = Voice().UpdateChange(As("secretary", "RAA"), "RAA", draft.id, in);
  EXPECT_TRUE(updated.what.published);
  EXPECT_EQ(Voice().Published(form).size(), 2U);
  EXPECT_EQ(KindOf([&] { Voice().GetChange(As("secretary", "RBB"), "RBB", draft.id); }),
            ErrorKind::kNotFound);
}

TEST_P(VoiceStoreTest, TheWritersConnectionCommitsToDisk) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "PostgreSQL's commits are durable already";
  const auto db = db::OpenDatabase(db_->url());
  EXPECT_EQ(db->Query("PRAGMA synchronous", {}).at(0).i64("synchronous"), 1) << "NORMAL";
  db->MakeCommitsDurable();
  EXPECT_EQ(db->Query("PRAGMA synchronous", {}).at(0).i64("synchronous"), 2) << "FULL";
}

INSTANTIATE_TEST_SUITE_P(Databases, VoiceStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
