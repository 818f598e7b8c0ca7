// Frameworks on both engines: versions, owners and who may see them.

#include <gtest/gtest.h>

#include "boardlens/base/error.hpp"
#include "boardlens/base/error_kind_test.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "support/store_fixture.hpp"

namespace boardlens {
namespace {

using testing::KindOf;

class FrameworksStoreTest : public testing::StoreFixture {};

TEST_P(FrameworksStoreTest, FrameworkVersionsOwnersAndVisibility) {
  Orgs().AddOrganisation(op_, "RAA", "Trust A", "trust", "");
  Orgs().AddOrganisation(op_, "RBB", "Trust B", "trust", "");
  const auto yaml = [](const std::string& version, const std::string& title) {
    return "format: boardlens-framework/1\nref: raa-values\nversion: " + version +
           "\ntitle: " + title +
           "\nsource: Our own\nitems:\n  - ref: candour\n    title: Candour\n    question: Are "
           "we candid?\n    levels: {1: a, 2: b, 3: c, 4: d, 5: e}\n";
  };
  using Outcome = frameworks::FrameworkLoad::Outcome;
  EXPECT_EQ(Frameworks().Import(op_, yaml("1.0", "Values"), "v.yaml", "RAA").outcome,
            Outcome::kLoaded);
  EXPECT_EQ(Frameworks().Import(op_, yaml("1.0.0", "Values"), "v.yaml", "RAA").outcome,
            Outcome::kUnchanged);
  EXPECT_EQ(KindOf([&] { Frameworks().Import(op_, yaml("1.0.0", "Changed"), "v.yaml", "RAA"); }),
            ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Frameworks().Import(op_, yaml("0.9", "Values"), "v.yaml", "RAA"); }),
            ErrorKind::kConflict);
  EXPECT_EQ(KindOf([&] { Frameworks().Import(op_, yaml("2.0", "Values"), "v.yaml", "RBB"); }),
            ErrorKind::kConflict);
  EXPECT_EQ(Frameworks().Import(op_, yaml("1.1", "Values two"), "v.yaml", "RAA").outcome,
            Outcome::kLoaded);
  EXPECT_EQ(Frameworks().Get(op_, "raa-values", "RAA").framework.title, "Values two");
  EXPECT_EQ(KindOf([&] { Frameworks().Get(op_, "raa-values", "RBB"); }), ErrorKind::kNotFound);
  EXPECT_EQ(Frameworks().List(op_, "RAA").size(), 7U);
  EXPECT_EQ(Frameworks().List(op_, "RBB").size(), 6U);
}

INSTANTIATE_TEST_SUITE_P(Databases, FrameworksStoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& test) { return test.param; });

}  // namespace
}  // namespace boardlens
