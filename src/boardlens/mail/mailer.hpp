#pragma once
/// Sending mail: one plain-text message at a time, to one address. Knows no feature. The
/// settings come from the environment only (never the database), because they may hold the
/// mail server's password.

#include <string>

namespace boardlens::mail {

struct Message {
  std::string to;  ///< one address, e.g. jo.bloggs@nhs.net
  std::string subject;
  std::string body;  ///< plain UTF-8 text
};

struct Settings {
  std::string url;   ///< smtp://host:587 or smtps://host:465; empty: no mail is sent
  std::string from;  ///< the sender's address
  std::string user;
  std::string password;
  /// For smtp:// URLs: refuse to send unless the server upgrades to TLS (STARTTLS). Off only
  /// for a relay on the same machine.
  bool require_starttls = true;

  bool configured() const { return !url.empty() && !from.empty(); }
  /// BOARDLENS_SMTP_URL, _FROM, _USER, _PASSWORD and _STARTTLS ("required" or "off"); an
  /// unknown value or a partial set is refused, so a typo does not send mail in clear.
  static Settings FromEnvironment();
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  /// False when this installation sends no mail: pages say so and offer another way.
  virtual bool configured() const = 0;
  /// Sends `message`, or throws: kInvalid for an address or subject that is not safe in a
  /// header, kUnavailable when there is no mail server or it did not take the message.
  virtual void Send(const Message& message) = 0;
};

}  // namespace boardlens::mail
