// The registry: each thread makes its own instances; shared objects are shared.

#include <gtest/gtest.h>

#include <thread>

#include "boardlens/base/registry.hpp"

namespace boardlens {
namespace {

struct Counter {
  int value = 0;
};
struct Needy {
  explicit Needy(Counter& c) : counter(c) {}
  Counter& counter;
};

TEST(Registry, EachThreadMakesItsOwnAndSharedObjectsAreShared) {
  Counter shared;
  int made = 0;
  Registry registry;
  registry.Share(shared);
  registry.Provide<Needy>([&made](Scope& s) {
    ++made;
    return std::make_shared<Needy>(s.Get<Counter>());
  });
  Needy* mine = &registry.ThisThread().Get<Needy>();
  EXPECT_EQ(mine, &registry.ThisThread().Get<Needy>());
  EXPECT_EQ(&mine->counter, &shared);
  Needy* theirs = nullptr;
  std::thread([&] { theirs = &registry.ThisThread().Get<Needy>(); }).join();
  EXPECT_NE(mine, theirs);
  EXPECT_EQ(made, 2);
  EXPECT_THROW(registry.ThisThread().Get<int>(), std::logic_error);
}

TEST(Registry, AnotherInstanceAtTheSameAddressStartsAfresh) {
  int made = 0;
  for (int i = 0; i < 2; ++i) {
    Registry registry;
    registry.Provide<Counter>([&made](Scope&) {
      ++made;
      return std::make_shared<Counter>();
    });
    registry.ThisThread().Get<Counter>();
  }
  EXPECT_EQ(made, 2);
}

/// Asked for below in code that never runs: being compiled is enough to be recorded.
struct NeverProvided {};

TEST(Registry, ATypeAskedForThatNothingProvidesStopsTheStart) {
  Registry registry;
  const auto never_called = [&registry] { registry.ThisThread().Get<NeverProvided>(); };
  static_cast<void>(never_called);
  try {
    registry.RequireAllProvided();
    ADD_FAILURE() << "started with a type nothing provides";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("boardlens::(anonymous namespace)::NeverProvided"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace boardlens
