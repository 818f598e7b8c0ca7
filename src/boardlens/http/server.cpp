// Boost 1.74's awaitable.hpp uses std::exchange without including <utility>.
#include <utility>

#include "boardlens/http/server.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "boardlens/base/error.hpp"
#include "boardlens/base/json_text.hpp"
#include "boardlens/http/problem.hpp"

namespace boardlens::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using asio::ip::tcp;
using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;

Request FromBeast(BeastRequest& in, const std::string& remote) {
  Request out;
  out.method = std::string(in.method_string());
  if (!ParseTarget(in.target(), out.path, out.query)) {
    throw Invalid("the request path has bad percent-encoding", "path");
  }
  for (const auto& field : in) {
    out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  }
  out.body = std::move(in.body());
  out.remote = remote;
  return out;
}

std::string_view BufferText(const beast::flat_buffer& buffer) {
  const auto bytes = buffer.data();
  return {static_cast<const char*>(bytes.data()), bytes.size()};
}

BeastResponse ToBeast(Response&& in, unsigned version, bool keep_alive, bool head) {
  BeastResponse out{static_cast<bhttp::status>(in.status), version};
  out.set(bhttp::field::server, "boardlens");
  if (!in.body.empty() || in.status != 204) out.set(bhttp::field::content_type, in.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  out.set("X-Frame-Options", "DENY");
  out.set("Referrer-Policy", "no-referrer");
  bool cache_set = false;
  for (auto& [name, value] : in.headers) {
    cache_set = cache_set || name == "Cache-Control";
    out.insert(name, value);
  }
  if (!cache_set) out.set(bhttp::field::cache_control, "no-store");
  out.keep_alive(keep_alive);
  out.body() = std::move(in.body);
  out.prepare_payload();
  if (head) out.body().clear();
  return out;
}

/// The path as logs may keep it: the secret of an invitation or password reset link is cut
/// off, because whoever reads the logs could otherwise join a board or take an account with it.
std::string LoggablePath(const std::string& path) {
  for (const std::string_view secret : {"/join/", "/reset-password/"}) {
    if (path.starts_with(secret)) return std::string(secret) + "…";
  }
  return path;
}

void LogRequest(const Request& req, int status, std::size_t bytes,
                std::chrono::steady_clock::duration took) {
  const double ms = std::chrono::duration<double, std::milli>(took).count();
  spdlog::info(
      R"({{"event":"request","method":"{}","path":{},"status":{},"bytes":{},"ms":{:.3f},"remote":"{}"}})",
      req.method, Dump(nlohmann::json(LoggablePath(req.path))), status, bytes, ms, req.remote);
}

/// True unless the request names a Transfer-Encoding other than chunked, or one beside a
/// Content-Length: a proxy in front may read such a request's length differently.
bool FramedPlainly(const BeastRequest& in) {
  const auto te = in.find(bhttp::field::transfer_encoding);
  if (te == in.end()) return true;
  return beast::iequals(te->value(), "chunked") &&
         in.find(bhttp::field::content_length) == in.end();
}

constexpr std::size_t kHeaderLimit = 16 * 1024;

/// The header section at the start of `raw`, or all of `raw` while its end has not arrived.
std::string_view HeaderBytes(std::string_view raw) {
  return raw.substr(0, HeaderSectionLength(raw));
}

/// Reads into `buffer` until it holds a whole header section, a line ended by a bare LF (which
/// no blank CR LF line will follow) or more than the parser would take, so that its raw bytes
/// can be checked before Beast parses them: Beast joins folded lines without saying so.
asio::awaitable<boost::system::error_code> ReadHeaderSection(beast::tcp_stream& stream,
                                                             beast::flat_buffer& buffer) {
  boost::system::error_code ec;
  while (HeaderSectionLength(BufferText(buffer)) == std::string_view::npos &&
         !HasBareLineFeed(BufferText(buffer)) && buffer.size() <= kHeaderLimit) {
    const std::size_t n = co_await stream.async_read_some(
        buffer.prepare(4096), asio::redirect_error(asio::use_awaitable, ec));
    buffer.commit(n);
    if (ec) break;
  }
  co_return ec;
}

/// Reads and discards what the client is still sending before the socket closes, so a client
/// that is mid-way through an oversized body reads our 413 instead of a reset connection.
asio::awaitable<void> Drain(beast::tcp_stream& stream, std::chrono::seconds timeout) {
  constexpr std::size_t kMaxDrain = 64 * 1024 * 1024;
  std::array<char, 16 * 1024> scratch{};
  std::size_t drained = 0;
  boost::system::error_code ec;
  stream.expires_after(timeout);
  while (drained < kMaxDrain) {
    const std::size_t n = co_await stream.async_read_some(
        asio::buffer(scratch), asio::redirect_error(asio::use_awaitable, ec));
    if (ec) break;
    drained += n;
  }
}

/// What every connection of a server shares.
struct Shared {
  const ServerOptions& options;
  const RequestHandler& handler;
  asio::thread_pool& workers;
  asio::thread_pool& waiters;
};

/// Runs the handler, on the worker pool when the options say the request is slow, then
/// returns to the connection's own event loop.
asio::awaitable<Response> Handle(const Shared& shared, const Request& request) {
  const ServerOptions& o = shared.options;
  asio::thread_pool* pool = nullptr;
  if (o.offload && o.offload(request)) {
    pool = &shared.workers;
  } else if (o.waits && o.waits(request)) {
    pool = &shared.waiters;
  }
  if (pool == nullptr) co_return shared.handler(request);
  // co_spawn runs the handler on the pool and resumes this coroutine on its own loop. (A
  // co_await of post(pool, use_awaitable) would resume on the loop too, but run nothing on
  // the pool: the awaiting coroutine's executor is the one its completion is dispatched to.)
  co_return co_await asio::co_spawn(
      pool->get_executor(),
      [&]() -> asio::awaitable<Response> { co_return shared.handler(request); },
      asio::use_awaitable);
}

asio::awaitable<void> Session(tcp::socket socket, const Shared& shared) {
  const ServerOptions& options = shared.options;
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  boost::system::error_code ec;
  const std::string remote = stream.socket().remote_endpoint(ec).address().to_string();
  const auto timeout = std::chrono::seconds(options.timeout_seconds);
  bool body_too_large = false;

  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(kHeaderLimit);
    stream.expires_after(timeout);
    ec = co_await ReadHeaderSection(stream, buffer);
    if (ec == beast::error::timeout || (ec && buffer.size() == 0)) break;
    const std::string_view header_bytes = HeaderBytes(BufferText(buffer));
    const bool bare_line_feed = HasBareLineFeed(header_bytes);
    const bool folded = HasFoldedLine(header_bytes);
    std::size_t body_limit = options.max_body_bytes;
    const RequestLine line = ReadRequestLine(header_bytes);
    if (options.body_limit) {
      body_limit = std::min(body_limit, options.body_limit(line.method, line.path));
    }
    parser.body_limit(body_limit);
    if (!folded && !bare_line_feed) {
      // Beast reads the rest, starting with the bytes already buffered.
      co_await bhttp::async_read(stream, buffer, parser,
                                 asio::redirect_error(asio::use_awaitable, ec));
      if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout) break;
    }

    Response response;
    bool keep_alive = false;
    unsigned version = 11;
    bool head = false;
    Request request;
    const auto started = std::chrono::steady_clock::now();
    if (bare_line_feed) {
      // Refused at once: waiting for a CR LF blank line would hold the connection until the
      // timeout.
      response = Problem(ErrorKind::kInvalid,
                         "a line of the request ends in a bare line feed; HTTP lines end in "
                         "CR LF",
                         "headers");
    } else if (folded) {
      // A proxy that reads the continuation as a header of its own sees another request.
      response = Problem(ErrorKind::kInvalid,
                         "a header line begins with a space or tab (a folded line)", "headers");
    } else if (ec == bhttp::error::body_limit) {
      body_too_large = true;
      // Says how much the route takes, in the units a person sees a file's size in.
      response = Problem(ErrorKind::kTooLarge,
                         "what was sent is larger than " + std::to_string(body_limit / 1024) +
                             " KiB, the most " + std::string(line.path) + " takes");
    } else if (ec) {
      if (ec == asio::error::operation_aborted || ec == asio::error::connection_reset ||
          ec == asio::error::eof) {
        break;
      }
      response = Problem(ErrorKind::kInvalid, "the HTTP request is malformed: " + ec.message());
    } else {
      BeastRequest& in = parser.get();
      keep_alive = in.keep_alive();
      version = in.version();
      head = in.method() == bhttp::verb::head;
      if (!FramedPlainly(in)) {
        // Two readings of where the body ends are how requests get smuggled past a proxy.
        keep_alive = false;
        response = Problem(ErrorKind::kInvalid,
                           "Transfer-Encoding must be chunked alone, with no Content-Length",
                           "Transfer-Encoding");
      } else {
        try {
          request = FromBeast(in, remote);
          response = co_await Handle(shared, request);
        } catch (const std::exception& e) {
          response = Problem(ErrorKind::kInvalid, e.what());
        }
      }
    }
    const int status = response.status;
    BeastResponse out = ToBeast(std::move(response), version, keep_alive, head);
    const std::size_t bytes = out.body().size();
    stream.expires_after(timeout);
    co_await bhttp::async_write(stream, out, asio::redirect_error(asio::use_awaitable, ec));
    if (options.access_log) {
      LogRequest(request, status, bytes, std::chrono::steady_clock::now() - started);
    }
    if (ec || !keep_alive) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
  if (body_too_large) co_await Drain(stream, timeout);
}

asio::awaitable<void> Listen(tcp::acceptor& acceptor, const Shared& shared) {
  for (;;) {
    boost::system::error_code ec;
    tcp::socket socket =
        co_await acceptor.async_accept(asio::redirect_error(asio::use_awaitable, ec));
    if (ec == asio::error::operation_aborted) co_return;
    if (ec) {
      // Out of file descriptors (or similar): pause rather than spin on accept.
      spdlog::error(R"({{"event":"accept_failed","error":{}}})",
                    Dump(nlohmann::json(ec.message())));
      asio::steady_timer pause(acceptor.get_executor(), std::chrono::milliseconds(100));
      co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
      continue;
    }
    asio::co_spawn(acceptor.get_executor(), Session(std::move(socket), shared), asio::detached);
  }
}

using ReusePort = asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;

/// One event loop per thread, each with its own listening socket on the shared port
/// (SO_REUSEPORT): the kernel spreads connections across them and a connection never moves
/// between threads, so there are no cross-thread hand-offs, locks or strands.
struct Loop {
  asio::io_context io{1};
  tcp::acceptor acceptor{io};
};

}  // namespace

void Serve(const ServerOptions& options, const RequestHandler& handler,
           const std::function<void(unsigned short)>& on_ready) {
  const unsigned threads =
      options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(options.host, ec);
  if (ec) throw Invalid("\"" + options.host + "\" is not an IP address", "--listen");

  std::vector<std::unique_ptr<Loop>> loops;
  unsigned short port = options.port;
  for (unsigned i = 0; i < threads; ++i) {
    auto loop = std::make_unique<Loop>();
    const tcp::endpoint endpoint(address, port);
    loop->acceptor.open(endpoint.protocol());
    loop->acceptor.set_option(asio::socket_base::reuse_address(true));
    loop->acceptor.set_option(ReusePort(true));
    loop->acceptor.bind(endpoint, ec);
    if (ec) {
      throw Error(ErrorKind::kUnavailable,
                  "cannot listen on " + options.host + ":" + std::to_string(options.port) + ": " +
                      ec.message(),
                  "--listen");
    }
    loop->acceptor.listen(asio::socket_base::max_listen_connections);
    port = loop->acceptor.local_endpoint().port();  // with port 0, the rest join the one chosen
    loops.push_back(std::move(loop));
  }
  on_ready(port);

  asio::thread_pool workers(std::max(1U, options.offload_threads));
  asio::thread_pool waiters(std::max(1U, options.wait_threads));
  const Shared shared{options, handler, workers, waiters};
  asio::signal_set signals(loops.front()->io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code&, int) {
    for (auto& loop : loops) loop->io.stop();
    workers.stop();
    waiters.stop();
  });
  for (auto& loop : loops) {
    asio::co_spawn(loop->io, Listen(loop->acceptor, shared), asio::detached);
  }
  std::vector<std::thread> loop_threads;
  for (std::size_t i = 1; i < loops.size(); ++i) {
    loop_threads.emplace_back([&loop = *loops[i]] { loop.io.run(); });
  }
  loops.front()->io.run();
  for (auto& t : loop_threads) t.join();
  workers.join();
  waiters.join();
}

}  // namespace boardlens::http
