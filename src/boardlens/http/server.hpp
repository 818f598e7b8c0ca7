#pragma once
/// The HTTP/1.1 server: Boost.Beast with C++20 coroutines, kept in one translation unit
/// because Beast is slow to compile. Keep-alive, bounded request size, timeouts, JSON-line
/// access logs.

#include <cstddef>
#include <functional>
#include <string>

#include "boardlens/http/message.hpp"

namespace boardlens::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  unsigned threads = 0;                                   ///< 0: one per core
  std::size_t max_body_bytes = std::size_t{1024} * 1024;  ///< larger bodies get 413
  /// The most a request of this method and path may send, asked before its body is read;
  /// unset: max_body_bytes for all.
  std::function<std::size_t(const std::string& method, const std::string& path)> body_limit;
  int timeout_seconds = 30;  ///< per read or write, and idle keep-alive
  bool access_log = true;
  /// Requests for which this is true (password hashing, say) run on a small worker pool,
  /// so that they do not hold up the other connections of their event loop.
  std::function<bool(const Request&)> offload;
  unsigned offload_threads = 2;
  /// Requests for which this is true wait for something else (a group commit), mostly asleep:
  /// they run on a pool of many threads, so that many can wait at once and share one commit.
  std::function<bool(const Request&)> waits;
  unsigned wait_threads = 64;
};

using RequestHandler = std::function<Response(const Request&)>;

/// Serves until SIGINT or SIGTERM. `on_ready` runs once the port is bound.
void Serve(const ServerOptions& options, const RequestHandler& handler,
           const std::function<void(unsigned short port)>& on_ready);

}  // namespace boardlens::http
