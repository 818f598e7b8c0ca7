#pragma once
/// The Mailer over libcurl's SMTP: smtp:// (with STARTTLS) or smtps:// URLs, with or without
/// a login. One instance a thread, keeping its connection to the mail server between
/// messages; sending blocks, so only routes on the worker pool send.

#include <memory>

#include "boardlens/base/clock.hpp"
#include "boardlens/mail/mailer.hpp"

namespace boardlens::mail {

class SmtpMailer final : public Mailer {
 public:
  /// `settings` and `clock` must outlive the mailer.
  SmtpMailer(const Settings& settings, const Clock& clock);
  ~SmtpMailer() override;
  SmtpMailer(const SmtpMailer&) = delete;
  SmtpMailer& operator=(const SmtpMailer&) = delete;

  bool configured() const override { return settings_.configured(); }
  void Send(const Message& message) override;

 private:
  struct Handle;
  const Settings& settings_;
  const Clock& clock_;
  std::unique_ptr<Handle> handle_;  ///< made on the first message
};

}  // namespace boardlens::mail
