// The group-commit writer: nobody hears before their batch is written, and a bad item fails alone.

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "boardlens/base/error.hpp"
#include "boardlens/base/group_commit.hpp"

namespace boardlens {
namespace {

TEST(GroupCommit, NothingIsAcknowledgedBeforeItsBatchIsWritten) {
  std::mutex mutex;
  std::condition_variable cv;
  bool release = false;
  std::vector<std::vector<int>> batches;
  std::atomic<int> acknowledged{0};
  {
    GroupCommit<int> commit([&]() -> GroupCommit<int>::WriteBatch {
      return [&](const std::vector<int>& batch) {
        std::unique_lock lock(mutex);
        batches.push_back(batch);
        cv.notify_all();
        cv.wait(lock, [&] { return release; });
      };
    });
    std::vector<std::thread> threads;
    threads.reserve(8);
    for (int i = 0; i < 8; ++i) {
      threads.emplace_back([&, i] {
        commit.Submit(i);
        ++acknowledged;
      });
    }
    std::size_t first = 0;
    {
      std::unique_lock lock(mutex);
      cv.wait(lock, [&] { return !batches.empty(); });
      first = batches.front().size();
    }
    // The rest queue up behind the batch being written; only then is it let go, so that
    // they are sure to share the next one.
    while (commit.queued() < 8 - first) std::this_thread::yield();
    {
      const std::lock_guard lock(mutex);
      EXPECT_EQ(acknowledged.load(), 0) << "a batch is being written: nobody has heard yet";
      release = true;
      cv.notify_all();
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(acknowledged.load(), 8);
    EXPECT_EQ(commit.batches(), batches.size());
  }
  std::size_t written = 0;
  for (const auto& b : batches) written += b.size();
  EXPECT_EQ(written, 8U);
  EXPECT_LT(batches.size(), 8U) << "those waiting while the first batch was written share one";
}

TEST(GroupCommit, ABadItemFailsAloneAndAFailedOpenFailsEveryone) {
  std::atomic<int> opens{0};
  std::mutex mutex;
  std::vector<int> stored;
  GroupCommit<int> commit([&]() -> GroupCommit<int>::WriteBatch {
    if (opens++ == 0) throw std::runtime_error("the database is down");
    return [&](const std::vector<int>& batch) {
      for (int v : batch) {
        if (v < 0) throw Invalid("negative");
      }
      const std::lock_guard lock(mutex);
      stored.insert(stored.end(), batch.begin(), batch.end());
    };
  });
  EXPECT_THROW(commit.Submit(1), std::runtime_error);
  std::vector<std::thread> threads;
  std::atomic<int> failed{0};
  for (int i = -2; i < 6; ++i) {
    threads.emplace_back([&, i] {
      try {
        commit.Submit(i);
      } catch (const Error&) {
        ++failed;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed.load(), 2);
  std::sort(stored.begin(), stored.end());
  EXPECT_EQ(stored, (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

}  // namespace
}  // namespace boardlens
