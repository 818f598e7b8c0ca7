#pragma once
/// The storage suites' fixture: the use cases of every feature over a fresh SQLite file or
/// PostgreSQL database, so each repository's SQL runs on both dialects. Time is a
/// ManualClock the tests move.

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "boardlens/app/application.hpp"
#include "boardlens/base/embedded.hpp"
#include "boardlens/db/migrations.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/results/results.hpp"
#include "boardlens/features/rounds/rounds.hpp"
#include "support/test_database.hpp"

namespace boardlens::testing {

/// The migration files shipped for `dialect` ("sqlite" or "postgres"), without the folder.
inline std::set<std::string> ShippedMigrations(const std::string& dialect) {
  std::set<std::string> names;
  for (const EmbeddedFile& f : EmbeddedMigrations()) {
    if (f.name.starts_with(dialect + "/")) names.emplace(f.name.substr(dialect.size() + 1));
  }
  return names;
}
/// Each test gets a fresh database of the kind its parameter names ("sqlite", "postgres"),
/// migrated, with the application's use cases over it and a clock the test moves.
class StoreFixture : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<testing::TestDatabase>(GetParam());
    if (!db_->Available()) GTEST_SKIP() << "BOARDLENS_TEST_POSTGRES is not set";
    {
      const auto fresh = db::OpenDatabase(db_->url());
      ASSERT_EQ(db::Migrate(*fresh, clock_.Now()),
                static_cast<int>(ShippedMigrations(GetParam()).size()));
    }
    app_ = std::make_unique<app::Application>(clock_);
    scope_ = &app_->Open(db_->url());
    ASSERT_EQ(Frameworks().List(op_, "").size(), 6U);
  }
  void TearDown() override {
    app_.reset();
    db_.reset();
  }

  accounts::Accounts& Accounts() { return scope_->Get<accounts::Accounts>(); }
  orgs::Organisations& Orgs() { return scope_->Get<orgs::Organisations>(); }
  orgs::Board& Board() { return scope_->Get<orgs::Board>(); }
  frameworks::Frameworks& Frameworks() { return scope_->Get<frameworks::Frameworks>(); }
  rounds::Rounds& Rounds() { return scope_->Get<rounds::Rounds>(); }
  results::Results& Results() { return scope_->Get<results::Results>(); }
  actions::Actions& Actions() { return scope_->Get<actions::Actions>(); }
  /// The connection the use cases run on, for looking under them.
  db::Database& Db() { return scope_->Get<db::Database>(); }
  app::Settings& Settings() { return app_->settings; }

  /// An organisation with a secretary and `members` board members, each with an account.
  void MakeBoard(const std::string& ods, int executives, int non_executives) {
    Orgs().AddOrganisation(op_, ods, "Trust " + ods, "trust", "");
    const std::string secretary = "secretary@" + ods + ".example";
    Accounts().AddAccount(op_, secretary, "Secretary", kPassword, false);
    Orgs().SetRole(op_, ods, secretary, Role::kSecretary);
    for (int i = 0; i < executives + non_executives; ++i) {
      orgs::Member m;
      m.name = "Member " + std::to_string(i);
      m.email = MemberEmail(ods, i);
      m.job_title = "Director";
      m.membership =
          i < executives ? orgs::Membership::kExecutive : orgs::Membership::kNonExecutive;
      Board().AddMember(Caller::Operator(), ods, m);
      Accounts().AddAccount(op_, m.email, m.name, kPassword, false);
      Orgs().SetRole(op_, ods, m.email, Role::kMember);
    }
  }
  static std::string MemberEmail(const std::string& ods, int i) {
    return "m" + std::to_string(i) + "@" + ods + ".example";
  }
  Caller As(const std::string& email) {
    const auto account = Accounts().FindByEmail(email);
    if (!account) throw std::logic_error("no account " + email);
    return accounts::CallerOf(*account, false, {});
  }
  Caller Secretary(const std::string& ods) { return As("secretary@" + ods + ".example"); }
  /// Everyone rates every item of nhs-digital-boards with ratings[i % size], in a round that
  /// opens a week before `closed_on`; the clock comes back to now afterwards.
  Id RunRound(const std::string& ods, int members, const std::vector<int>& ratings,
              const std::string& closed_on) {
    const std::int64_t now = clock_.Now();
    clock_.Set(EpochOfDate(closed_on) - 7 * kSecondsPerDay);
    const auto round =
        Rounds().CreateRound(Secretary(ods), ods, "nhs-digital-boards", "Round " + closed_on);
    Rounds().OpenRound(Secretary(ods), ods, round.round.id, {});
    clock_.Set(EpochOfDate(closed_on) + 12 * kSecondsPerHour);
    for (int i = 0; i < members; ++i) {
      std::vector<rounds::AnswerInput> answers;
      for (const auto& item : round.framework.framework.items) {
        const int r = ratings.at(static_cast<std::size_t>(i) % ratings.size());
        answers.push_back(
            {item.ref, r == 0 ? std::nullopt : std::optional<std::int8_t>(r), "", ""});
      }
      Rounds().SubmitAnswers(As(MemberEmail(ods, i)), ods, round.round.id, answers);
    }
    Rounds().CloseRound(Secretary(ods), ods, round.round.id, closed_on);
    clock_.Set(now);
    return round.round.id;
  }

  static constexpr const char* kPassword = "correct horse battery";
  ManualClock clock_{SystemClock().Now()};
  Caller op_ = Caller::Operator();
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<app::Application> app_;
  Scope* scope_ = nullptr;
};

}  // namespace boardlens::testing
