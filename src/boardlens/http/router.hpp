#pragma once
/// Routes as data: METHOD + path pattern ("/api/v1/orgs/{ods}/rounds/{round}"), what the
/// caller needs to use it, and the handler. The pipeline (pipeline.hpp) checks the needs, so
/// a handler starts with a caller who may call it.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/http/message.hpp"

namespace boardlens::http {

using PathParams = std::map<std::string, std::string, std::less<>>;

/// The positive integer id in path parameter `name`; anything else is not found.
std::int64_t PathId(const PathParams& params, const char* name);

/// The largest body a route that is not Needs::bulk takes: a form or one record. A risk's
/// eight texts of 4,000 characters, typed with curly quotes and encoded by a browser, come to
/// about 300 KB; anything past this is no record of ours.
inline constexpr std::size_t kMaxRecordBody = std::size_t{512} * 1024;

/// Who may call a route, and how it runs.
struct Needs {
  bool sign_in = true;  ///< false: anyone, before signing in
  /// The least role the caller needs in the organisation `{ods}` of the path.
  std::optional<Role> org_role;
  /// A change made from a browser session must carry the session's CSRF token (a form field
  /// on pages, the X-CSRF-Token header in the API). False only where a route checks a form
  /// of its own, before there is a session.
  bool csrf = true;
  bool worker = false;  ///< runs on the worker pool: it hashes a password, which takes a while
  /// For a route open to anyone: still say who is signed in, if anybody is (the sign-in page
  /// sends them on). Other open routes never look at a token.
  bool recognise = false;
  /// Runs on the pool of threads that wait: the handler sleeps until something else is done
  /// (a group commit to disk), which would stall its event loop's other connections.
  bool waits = false;
  /// Takes a file (an import, a batch of values): a body up to the server's limit. Other
  /// routes take a form or a record, and a body past kMaxRecordBody is refused before it is
  /// read, so no one can make a route parse more than it could ever use.
  bool bulk = false;
  /// Only a keeper of the organisation's digital records (OrgGate::AdmitKeeper), refused
  /// before the body is read. The use cases check it again.
  bool keeper = false;

  static Needs Anyone() { return {false, std::nullopt, false, false, false}; }
  static Needs SignedIn() { return {true, std::nullopt, true, false, false}; }
  static Needs InOrg(Role at_least) { return {true, at_least, true, false, false}; }
  /// The secretary and above, or an executive director on the board.
  static Needs Keeper() {
    Needs n = InOrg(Role::kMember);
    n.keeper = true;
    return n;
  }
  Needs OnWorker() const {
    Needs n = *this;
    n.worker = true;
    return n;
  }
  Needs Waiting() const {
    Needs n = *this;
    n.waits = true;
    return n;
  }
  Needs Bulk() const {
    Needs n = *this;
    n.bulk = true;
    return n;
  }
  Needs Recognised() const {
    Needs n = *this;
    n.recognise = true;
    return n;
  }
};

/// Whether a request of `method` may change something: all but GET, HEAD and OPTIONS.
inline bool ChangesState(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

/// Who may call: "anyone", "signed-in", "org:<least role>" or "org:keeper", as `boardlens
/// routes` and the API description (x-boardlens-who) say it.
std::string Who(const Needs& needs);

/// Who a route is for, which decides how it answers a failure: the API with a problem+json
/// document, a page with an error page (or a way to sign in).
enum class Surface : std::uint8_t { kApi, kPage };

class Call;
using Handler = std::function<Response(Call&)>;

struct Route {
  std::string method;
  std::string pattern;
  Surface surface = Surface::kApi;
  Needs needs;
  Handler handler;
};

/// A table a route serves for download: its file's name without an extension, and its rows,
/// the first being the headings.
struct Table {
  std::string name;
  std::vector<std::vector<std::string>> rows;
};

/// A table served at `pattern` (without an extension), with what its routes need, kept so that
/// one workbook of every table can be made from the same cells.
struct TableSource {
  std::string pattern;
  Needs needs;
  std::function<Table(Call&)> table;
};

class Router {
 public:
  void Add(Route route);
  void AddTable(TableSource table) { tables_.push_back(std::move(table)); }
  const std::vector<TableSource>& tables() const { return tables_; }
  /// Adds a route of the JSON API.
  void Api(std::string method, std::string pattern, Needs needs, Handler handler) {
    Add({std::move(method), std::move(pattern), Surface::kApi, needs, std::move(handler)});
  }
  /// The route for `method` and `path` and the values of its `{…}` segments; of two patterns
  /// that match, the one with a literal where the other captures wins. Throws Error
  /// kNotFound when no pattern matches, kMethodNotAllowed (with the allowed methods as
  /// `where`) when only the method is wrong. HEAD is answered by GET routes.
  std::pair<const Route*, PathParams> Match(const std::string& method,
                                            const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }
  /// Whether any route of `method` runs on the worker pool; most requests need not be
  /// matched twice to learn that none of theirs does.
  bool HasWorkerRoutes(const std::string& method) const { return worker_methods_.contains(method); }
  /// The same for routes that wait (Needs::waits).
  bool HasWaitingRoutes(const std::string& method) const {
    return waiting_methods_.contains(method);
  }
  /// The same for routes that take a file (Needs::bulk).
  bool HasBulkRoutes(const std::string& method) const { return bulk_methods_.contains(method); }

 private:
  struct Entry {
    std::vector<std::string> segments;  ///< "{name}" captures one segment
    std::vector<bool> captures;         ///< which segments capture
    std::size_t route = 0;
  };
  std::vector<Route> routes_;
  std::vector<TableSource> tables_;
  std::vector<Entry> entries_;
  std::set<std::string, std::less<>> worker_methods_;
  std::set<std::string, std::less<>> waiting_methods_;
  std::set<std::string, std::less<>> bulk_methods_;
};

}  // namespace boardlens::http
