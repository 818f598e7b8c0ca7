#pragma once
/// Group commit: many threads each wait for their item to be written durably, and one writer
/// thread writes whatever is waiting as one batch, in one transaction with one flush to disk.
/// A flush costs the same for one row as for a thousand, so throughput grows with the load
/// while an acknowledgement still means "on disk". Knows no database: the writer's function
/// does the writing.

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <future>
#include <iterator>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace boardlens {

template <typename T>
class GroupCommit {
 public:
  /// Writes a batch all or nothing and returns only once it is durable; throws otherwise.
  using WriteBatch = std::function<void(const std::vector<T>& batch)>;
  /// Called on the writer's own thread before its first batch (to open its own connection),
  /// and again after it threw.
  using Open = std::function<WriteBatch()>;

  explicit GroupCommit(Open open, std::size_t max_batch = 1000)
      : open_(std::move(open)), max_batch_(max_batch), thread_([this] { Run(); }) {}
  /// Writes what is already waiting, then stops.
  ~GroupCommit() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_writer_.notify_one();
    thread_.join();
  }
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  /// Returns once `item` is durably written; throws what stopped it being written.
  void Submit(T item) {
    std::future<void> done;
    {
      const std::lock_guard lock(mutex_);
      if (stopping_) throw std::runtime_error("the writer has stopped");
      queue_.push_back(std::move(item));
      waiting_.emplace_back();
      done = waiting_.back().get_future();
    }
    wake_writer_.notify_one();
    done.get();  // each waiter is woken alone, not every waiter on every batch
  }

  /// How many items wait for the next batch: for tests.
  std::size_t queued() const {
    const std::lock_guard lock(mutex_);
    return queue_.size();
  }

  /// How many batches have been written: for tests and benchmarks.
  std::uint64_t batches() const {
    const std::lock_guard lock(mutex_);
    return batches_;
  }

 private:
  void Run() {
    WriteBatch write;
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_writer_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, with nothing left to write
      const std::size_t n = std::min(queue_.size(), max_batch_);
      std::vector<T> batch(
          std::make_move_iterator(queue_.begin()),
          std::make_move_iterator(queue_.begin() + static_cast<std::ptrdiff_t>(n)));
      std::vector<std::promise<void>> done(
          std::make_move_iterator(waiting_.begin()),
          std::make_move_iterator(waiting_.begin() + static_cast<std::ptrdiff_t>(n)));
      queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(n));
      waiting_.erase(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
      lock.unlock();
      const std::vector<std::exception_ptr> failed = WriteAll(write, batch);
      {
        const std::lock_guard count(mutex_);
        ++batches_;
      }
      // Only now, with the batch on disk (or failed), does anyone waiting on it hear.
      for (std::size_t i = 0; i < n; ++i) {
        if (failed[i]) {
          done[i].set_exception(failed[i]);
        } else {
          done[i].set_value();
        }
      }
      lock.lock();
    }
  }

  /// The batch in one go; if that fails, each item alone, so one bad item fails only itself.
  /// When every item fails, the connection is dropped and opened afresh for the next batch.
  /// Returns each item's error, or null.
  std::vector<std::exception_ptr> WriteAll(WriteBatch& write, const std::vector<T>& batch) {
    std::vector<std::exception_ptr> failed(batch.size());
    try {
      if (!write) write = open_();
      write(batch);
      return failed;
    } catch (...) {
      if (!write || batch.size() == 1) {
        for (auto& f : failed) f = std::current_exception();
        write = nullptr;
        return failed;
      }
    }
    std::size_t failures = 0;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      try {
        write({batch[i]});
      } catch (...) {
        failed[i] = std::current_exception();
        ++failures;
      }
    }
    if (failures == batch.size()) write = nullptr;
    return failed;
  }

  Open open_;
  std::size_t max_batch_;
  mutable std::mutex mutex_;
  std::condition_variable wake_writer_;
  std::vector<T> queue_;                     ///< waiting to be written, in order of arrival
  std::vector<std::promise<void>> waiting_;  ///< one a queued item: its submitter waits on it
  std::uint64_t batches_ = 0;
  bool stopping_ = false;
  std::thread thread_;  ///< last, so it starts once everything it uses is made
};

}  // namespace boardlens
