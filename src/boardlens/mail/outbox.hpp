#pragma once
/// Mail sent after the request is answered, by a thread of its own: how long a page takes then
/// says nothing about whether a message went, which matters where a page must answer alike
/// for every address (a password reset). A failure is logged, never shown.

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "boardlens/mail/mailer.hpp"

namespace boardlens::mail {

class Outbox {
 public:
  explicit Outbox(std::unique_ptr<Mailer> mailer);
  /// Sends what is already queued, then stops.
  ~Outbox();
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  bool configured() const { return mailer_->configured(); }
  void Post(Message message);

 private:
  void Run();

  std::unique_ptr<Mailer> mailer_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Message> queue_;
  bool stopping_ = false;
  std::thread thread_;  ///< last, so it starts once everything it uses is made
};

}  // namespace boardlens::mail
