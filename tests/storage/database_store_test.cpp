// The database seam on both engines: every migration applies once on each, and a transaction
// inside another is a savepoint of it.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/db/migrations.hpp"
#include "boardlens/db/transaction.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;
using testing::ShippedMigrations;

class DatabaseStoreTest : public testing::StoreFixture {};

TEST_P(DatabaseStoreTest, MigrationsAndShippedFrameworksApplyOnce) {
  // Both dialects move through the same numbered steps.
  EXPECT_EQ(ShippedMigrations("sqlite"), ShippedMigrations("postgres"));
  EXPECT_EQ(db::Migrate(Db(), clock_.Now()), 0);
  EXPECT_EQ(Frameworks().LoadShipped(), 0);
  const auto fw = Frameworks().Get(op_, "nhs-digital-boards", "");
  ASSERT_EQ(fw.framework.items.size(), 8U);
  EXPECT_EQ(fw.framework.items[0].ref, "outcomes");
  EXPECT_EQ(fw.framework.items[7].ref, "culture");
  EXPECT_FALSE(fw.framework.items[3].levels[4].empty());
}

TEST_P(DatabaseStoreTest, ATransactionInsideAnotherIsASavepointOfIt) {
  const auto count = [&] {
    return Db().Query("SELECT COUNT(*) AS n FROM organisations", {}).at(0).i64("n");
  };
  const std::int64_t before = count();
  EXPECT_THROW(db::Transaction(Db(),
                               [&] {
                                 db::Transaction(Db(), [&] {
                                   Orgs().AddOrganisation(op_, "QAA", "Some ICB", "icb", "");
                                 });
                                 EXPECT_TRUE(Db().in_transaction());
                                 throw Invalid("the outer change fails");
                               }),
               Error);
  EXPECT_FALSE(Db().in_transaction());
  EXPECT_EQ(count(), before) << "the inner change went with the outer";
  db::Transaction(Db(), [&] {
    db::Transaction(Db(), [&] { Orgs().AddOrganisation(op_, "QAA", "Some ICB", "icb", ""); });
  });
  EXPECT_EQ(count(), before + 1);
  // An inner change that fails, even on an error of the database's own (which leaves a
  // PostgreSQL transaction unusable but for a savepoint), is undone alone: the outer one goes on.
  db::Transaction(Db(), [&] {
    EXPECT_ANY_THROW(db::Transaction(Db(), [&] {
      Orgs().AddOrganisation(op_, "QBB", "Inner ICB", "icb", "");
      Db().Query(
          "INSERT INTO organisations (ods_code, name, kind, parent_id, created_at) "
          "VALUES ('QBB', 'Twice', 'icb', NULL, 0)",
          {});
    }));
    Orgs().AddOrganisation(op_, "QCC", "Outer ICB", "icb", "");
  });
  EXPECT_EQ(count(), before + 2);
  EXPECT_EQ(KindOf([&] { Orgs().GetOrganisation(op_, "QBB"); }), ErrorKind::kNotFound);
  EXPECT_EQ(Orgs().GetOrganisation(op_, "QCC").name, "Outer ICB");
}

INSTANTIATE_TEST_SUITE_P(Databases, DatabaseStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
