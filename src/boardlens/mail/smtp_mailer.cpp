#include "boardlens/mail/smtp_mailer.hpp"

#include <curl/curl.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "boardlens/base/error.hpp"
#include "boardlens/mail/message.hpp"

namespace boardlens::mail {
namespace {

constexpr long kConnectSeconds = 10;
constexpr long kMessageSeconds = 30;

/// What libcurl reads the message from.
struct Upload {
  std::string_view text;
  std::size_t sent = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto& upload = *static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload.text.size() - upload.sent);
  std::memcpy(buffer, upload.text.data() + upload.sent, n);
  upload.sent += n;
  return n;
}

std::string Environment(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

}  // namespace

Settings Settings::FromEnvironment() {
  Settings s;
  s.url = Environment("BOARDLENS_SMTP_URL");
  s.from = Environment("BOARDLENS_SMTP_FROM");
  s.user = Environment("BOARDLENS_SMTP_USER");
  s.password = Environment("BOARDLENS_SMTP_PASSWORD");
  const std::string starttls = Environment("BOARDLENS_SMTP_STARTTLS");
  if (!starttls.empty() && starttls != "required" && starttls != "off") {
    throw Invalid("BOARDLENS_SMTP_STARTTLS must be \"required\" or \"off\"",
                  "BOARDLENS_SMTP_STARTTLS");
  }
  s.require_starttls = starttls != "off";
  if (!s.url.empty() && !s.url.starts_with("smtp://") && !s.url.starts_with("smtps://")) {
    throw Invalid("BOARDLENS_SMTP_URL must start smtp:// or smtps://", "BOARDLENS_SMTP_URL");
  }
  if (s.url.empty() != s.from.empty()) {
    throw Invalid("set both BOARDLENS_SMTP_URL and BOARDLENS_SMTP_FROM, or neither",
                  s.url.empty() ? "BOARDLENS_SMTP_URL" : "BOARDLENS_SMTP_FROM");
  }
  if (!s.from.empty()) RequireAddress(s.from, "BOARDLENS_SMTP_FROM");
  return s;
}

struct SmtpMailer::Handle {
  CURL* curl = curl_easy_init();
  ~Handle() { curl_easy_cleanup(curl); }
  Handle() = default;
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
};

SmtpMailer::SmtpMailer(const Settings& settings, const Clock& clock)
    : settings_(settings), clock_(clock) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SmtpMailer::~SmtpMailer() = default;

void SmtpMailer::Send(const Message& message) {
  if (!configured()) {
    throw Error(ErrorKind::kUnavailable, "this installation of boardlens does not send email");
  }
  const std::string text = Compose(message, settings_.from, clock_.Now());
  if (!handle_) handle_ = std::make_unique<Handle>();
  CURL* curl = handle_->curl;
  if (curl == nullptr) throw Error(ErrorKind::kUnavailable, "could not start a mail client");
  const std::string from = "<" + settings_.from + ">";
  curl_slist* to = curl_slist_append(nullptr, ("<" + message.to + ">").c_str());
  Upload upload{text};
  std::array<char, CURL_ERROR_SIZE> why{};
  curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, to);
  if (!settings_.user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  curl_easy_setopt(
      curl, CURLOPT_USE_SSL,
      static_cast<long>(settings_.require_starttls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadUpload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(text.size()));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, kConnectSeconds);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, kMessageSeconds);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for timeouts
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, why.data());
  const CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(to);
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code != CURLE_OK) {
    // libcurl's message names the server's reply ("RCPT failed: 550"), never the login.
    throw Error(ErrorKind::kUnavailable,
                "the mail server did not take the message: " +
                    std::string(why[0] != '\0' ? why.data() : curl_easy_strerror(code)),
                "to");
  }
}

}  // namespace boardlens::mail
