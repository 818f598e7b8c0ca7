// Observations on both engines: one is its author's alone until shared, only its author
// changes it, and the secretary's requests count the shared observations that answer them.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/observations/observations.hpp"
#include "boardlens/features/portfolio/portfolio.hpp"
#include "boardlens/features/services/service_register.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using observations::ObservationInput;
using observations::Subject;
using observations::SubjectKind;
using testing::KindOf;

class ObservationsStoreTest : public testing::StoreFixture {
 protected:
  observations::Observations& Seen() { return scope_->Get<observations::Observations>(); }
  Id AddService(const std::string& ods, const std::string& name) {
    services::ServiceInput in;
    in.name = name;
    in.owner_member_id = Board().ListMembers(op_, ods).at(0).id;
    return scope_->Get<services::ServiceRegister>().Add(Secretary(ods), ods, in).id;
  }
  Id AddProgramme(const std::string& ods, const std::string& name) {
    portfolio::ItemInput in;
    in.kind = portfolio::Kind::kProgramme;
    in.name = name;
    return scope_->Get<portfolio::Portfolio>().Add(Secretary(ods), ods, in).id;
  }
  ObservationInput Walk(Subject subject, bool shared) {
    ObservationInput in;
    in.observed_on = IsoDate(clock_.Now());
    in.occasion = observations::Occasion::kWalkRound;
    in.place = "Outpatients";
    in.subject = subject;
    in.rating = 2;
    in.notes = "A queue at the check-in kiosks";
    in.shared = shared;
    return in;
  }
};

TEST_P(ObservationsStoreTest, AnObservationIsItsAuthorsAloneUntilShared) {
  MakeBoard("RO1", 1, 2);
  MakeBoard("RO2", 1, 0);
  const Id portal = AddService("RO1", "Patient portal");
  const Id epr = AddProgramme("RO1", "Electronic patient record");
  const Id elsewhere = AddService("RO2", "Portal");
  const Caller author = As(MemberEmail("RO1", 1));
  const Caller colleague = As(MemberEmail("RO1", 2));
  const Caller secretary = Secretary("RO1");
  const Subject service{SubjectKind::kService, portal};

  EXPECT_EQ(KindOf([&] { Seen().Record(secretary, "RO1", Walk(service, false)); }),
            ErrorKind::kForbidden)
      << "the secretary is not on the board";
  EXPECT_EQ(KindOf([&] {
              Seen().Record(author, "RO1", Walk({SubjectKind::kService, elsewhere}, false));
            }),
            ErrorKind::kInvalid)
      << "another trust's service";
  EXPECT_EQ(KindOf([&] {
              Seen().Record(author, "RO1", Walk({SubjectKind::kProgramme, portal + epr}, false));
            }),
            ErrorKind::kInvalid);

  const auto o = Seen().Record(author, "RO1", Walk(service, false));
  EXPECT_EQ(o.author_name, "Member 1");
  EXPECT_EQ(o.shared_at, 0);
  EXPECT_EQ(Seen().Visible(author, "RO1").size(), 1U);
  for (const Caller& other : {colleague, secretary}) {
    EXPECT_TRUE(Seen().Visible(other, "RO1").empty());
    EXPECT_EQ(KindOf([&] { Seen().Get(other, "RO1", o.id); }), ErrorKind::kNotFound);
  }
  EXPECT_EQ(KindOf([&] { Seen().Update(colleague, "RO1", o.id, Walk(service, true)); }),
            ErrorKind::kNotFound);

  clock_.Advance(kSecondsPerDay);
  const auto shared =
      Seen().Update(author, "RO1", o.id, Walk({SubjectKind::kProgramme, epr}, true));
  EXPECT_EQ(shared.shared_at, clock_.Now());
  const auto read = Seen().Get(colleague, "RO1", o.id);
  EXPECT_EQ(read.what.subject, (Subject{SubjectKind::kProgramme, epr}));
  EXPECT_EQ(read.what.rating, 2);
  EXPECT_EQ(read.what.notes, "A queue at the check-in kiosks");
  EXPECT_EQ(Seen().Visible(secretary, "RO1").size(), 1U);
  EXPECT_EQ(Seen().Shared(Orgs().Require(secretary, "RO1", Role::kViewer)).size(), 1U);
  EXPECT_EQ(KindOf([&] { Seen().Update(colleague, "RO1", o.id, Walk(service, true)); }),
            ErrorKind::kForbidden);
  EXPECT_EQ(KindOf([&] { Seen().Delete(secretary, "RO1", o.id); }), ErrorKind::kForbidden);
  EXPECT_TRUE(Seen().Visible(Secretary("RO2"), "RO2").empty());
  EXPECT_EQ(KindOf([&] { Seen().Get(Secretary("RO2"), "RO1", o.id); }), ErrorKind::kNotFound);

  clock_.Advance(kSecondsPerDay);
  EXPECT_EQ(Seen().Update(author, "RO1", o.id, Walk(service, true)).shared_at, shared.shared_at)
      << "shared once, it keeps the day it was first shared";
  Seen().Update(author, "RO1", o.id, Walk(service, false));
  EXPECT_TRUE(Seen().Visible(colleague, "RO1").empty()) << "withdrawn";
  Seen().Delete(author, "RO1", o.id);
  EXPECT_TRUE(Seen().Visible(author, "RO1").empty());
}

TEST_P(ObservationsStoreTest, TheSecretaryAsksTheBoardToSeeAServiceBeforeAMeeting) {
  MakeBoard("RO1", 1, 1);
  const Id portal = AddService("RO1", "Patient portal");
  const Caller member = As(MemberEmail("RO1", 1));
  const std::string next_week = IsoDate(clock_.Now() + 7 * kSecondsPerDay);
  observations::RequestInput ask{portal, next_week, "How people book appointments"};

  EXPECT_EQ(KindOf([&] { Seen().Ask(member, "RO1", ask); }), ErrorKind::kForbidden);
  observations::RequestInput nowhere{portal + 1, next_week, ""};
  EXPECT_EQ(KindOf([&] { Seen().Ask(Secretary("RO1"), "RO1", nowhere); }), ErrorKind::kInvalid);
  const auto request = Seen().Ask(Secretary("RO1"), "RO1", ask);
  EXPECT_EQ(request.asked_by_name, "Secretary");

  const auto requests = Seen().Requests(member, "RO1");
  ASSERT_EQ(requests.size(), 1U);
  EXPECT_EQ(requests[0].what.ask, "How people book appointments");
  EXPECT_TRUE(observations::IsOpen(requests[0], Seen().Today()));
  Seen().Record(member, "RO1", Walk({SubjectKind::kService, portal}, false));
  EXPECT_EQ(observations::AnswersTo(requests[0], Seen().Visible(member, "RO1")), 0) << "not shared";
  Seen().Record(member, "RO1", Walk({SubjectKind::kService, portal}, true));
  EXPECT_EQ(observations::AnswersTo(requests[0], Seen().Visible(member, "RO1")), 1);
  clock_.Advance(8 * kSecondsPerDay);
  EXPECT_FALSE(observations::IsOpen(Seen().Requests(member, "RO1")[0], Seen().Today()));
}

INSTANTIATE_TEST_SUITE_P(Databases, ObservationsStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
