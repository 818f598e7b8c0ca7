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
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>
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
    std::unique_lock lock(mutex_);
    if (stopping_) throw std::runtime_error("the writer has stopped");
    const std::uint64_t ticket = next_ticket_++;
    queue_.push_back(std::move(item));
    wake_writer_.notify_one();
    written_cv_.wait(lock, [&] { return written_ > ticket; });
    const auto failed = failures_.find(ticket);
    if (failed == failures_.end()) return;
    const std::exception_ptr error = failed->second;
    failures_.erase(failed);
    std::rethrow_exception(error);
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
      std::vector<T> batch;
      const std::size_t n = std::min(queue_.size(), max_batch_);
      batch.reserve(n);
      for (std::size_t i = 0; i < n; ++i) batch.push_back(std::move(queue_[i]));
      queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(n));
      const std::uint64_t first = written_;
      lock.unlock();
      std::unordered_map<std::uint64_t, std::exception_ptr> failed = WriteAll(write, batch, first);
      lock.lock();
      failures_.merge(failed);
      written_ = first + n;
      ++batches_;
      written_cv_.notify_all();
    }
  }

  /// The batch in one go; if that fails, each item alone, so one bad item fails only itself.
  /// When every item fails, the connection is dropped and opened afresh for the next batch.
  std::unordered_map<std::uint64_t, std::exception_ptr> WriteAll(WriteBatch& write,
                                                                 const std::vector<T>& batch,
                                                                 std::uint64_t first) {
    std::unordered_map<std::uint64_t, std::exception_ptr> failed;
    try {
      if (!write) write = open_();
      write(batch);
      return failed;
    } catch (...) {
      if (!write || batch.size() == 1) {
        for (std::size_t i = 0; i < batch.size(); ++i) failed[first + i] = std::current_exception();
        write = nullptr;
        return failed;
      }
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      try {
        write({batch[i]});
      } catch (...) {
        failed[first + i] = std::current_exception();
      }
    }
    if (failed.size() == batch.size()) write = nullptr;
    return failed;
  }

  Open open_;
  std::size_t max_batch_;
  mutable std::mutex mutex_;
  std::condition_variable wake_writer_;
  std::condition_variable written_cv_;
  std::vector<T> queue_;
  std::uint64_t next_ticket_ = 0;  ///< the next item's number, in order of arrival
  std::uint64_t written_ = 0;      ///< items numbered below this have been dealt with
  std::uint64_t batches_ = 0;
  std::unordered_map<std::uint64_t, std::exception_ptr> failures_;
  bool stopping_ = false;
  std::thread thread_;  ///< last, so it starts once everything it uses is made
};

}  // namespace boardlens
