#include "boardlens/mail/outbox.hpp"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "boardlens/base/error.hpp"

namespace boardlens::mail {

Outbox::Outbox(std::unique_ptr<Mailer> mailer)
    : mailer_(std::move(mailer)), thread_([this] { Run(); }) {}

Outbox::~Outbox() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void Outbox::Post(Message message) {
  {
    const std::lock_guard lock(mutex_);
    queue_.push_back(std::move(message));
  }
  wake_.notify_one();
}

void Outbox::Run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, with nothing left to send
    const Message message = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    try {
      mailer_->Send(message);
    } catch (const Error& e) {
      // The subject says what failed; the address is personal data, so it is not logged.
      spdlog::warn(R"({{"event":"mail_failed","subject":{},"why":{}}})",
                   nlohmann::json(message.subject).dump(), nlohmann::json(e.what()).dump());
    }
    lock.lock();
  }
}

}  // namespace boardlens::mail
