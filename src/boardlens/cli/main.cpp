// boardlens: one binary that serves, migrates, imports and reports.

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "boardlens/app/app.hpp"
#include "boardlens/app/demo.hpp"
#include "boardlens/app/json.hpp"
#include "boardlens/domain/round_import.hpp"
#include "boardlens/http/api.hpp"
#include "boardlens/http/server.hpp"
#include "boardlens/http/static_files.hpp"
#include "boardlens/util/error.hpp"
#include "boardlens/web/site.hpp"

namespace {

using boardlens::Error;
using boardlens::ErrorKind;
namespace app = boardlens::app;
namespace domain = boardlens::domain;

constexpr const char* kDatabaseHelp =
    "Database URL; default: $BOARDLENS_DATABASE, else sqlite://boardlens.db in the working "
    "directory. Examples: sqlite:///var/lib/boardlens/boardlens.db, "
    "postgresql://boardlens@db.internal/boardlens";

constexpr const char* kFooter =
    "Every command takes the database from --database URL or BOARDLENS_DATABASE.\n"
    "Example: boardlens --database sqlite://demo.db demo && "
    "BOARDLENS_DATABASE=sqlite://demo.db boardlens round results 2\n"
    "Exit codes: 0 done; 2 bad command line; 3 invalid input; 4 not found; 5 conflict;\n"
    "6 database unavailable; 7 other failure.";

/// Exit codes, so scripts can tell failures apart (also listed in --help).
int ExitCode(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalid:
      return 3;
    case ErrorKind::kNotFound:
      return 4;
    case ErrorKind::kConflict:
      return 5;
    case ErrorKind::kUnavailable:
      return 6;
    default:
      return 7;
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw boardlens::Invalid("cannot read " + path, path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string FileName(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

/// Everything a command needs: the store (migrated) and the use cases over it.
struct Context {
  explicit Context(const std::string& url)
      : store(boardlens::storage::OpenDatabase(url)), app(store, settings, caches) {
    store.Migrate();
    app.LoadShippedFrameworks();
  }
  app::Settings settings;
  app::Caches caches;
  boardlens::storage::Store store;
  app::App app;
};

std::string Fixed(const domain::Stat& s, int digits) {
  if (!s.value) return "—";
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(digits);
  out << *s.value;
  return out.str();
}

void PrintTable(const app::ResultsView& v) {
  const auto& r = v.results;
  std::cout << v.round.organisation.name << " — " << v.round.round.title << " (closed "
            << v.round.round.closed_on << ")\n"
            << "Respondents: " << r.respondents.executive << " executive, "
            << r.respondents.non_executive << " non-executive. Overall: " << Fixed(r.overall, 2)
            << "\n\n";
  std::printf("%-16s %3s %3s %5s %6s %5s %6s %6s %6s %6s %6s %5s  %s\n", "item", "n", "dk", "mean",
              "median", "iqr", "agree", "exec", "ned", "gap", "change", "pctl", "flags");
  for (const auto& i : r.items) {
    std::string flags;
    for (const auto& f : domain::FlagNames(i.flags)) flags += (flags.empty() ? "" : ",") + f;
    std::printf("%-16s %3d %3d %5s %6s %5s %6s %6s %6s %6s %6s %5s  %s\n", i.item.c_str(), i.n,
                i.dont_know, Fixed(i.mean, 2).c_str(), Fixed(i.median, 1).c_str(),
                Fixed(i.iqr, 2).c_str(), Fixed(i.agreement, 2).c_str(),
                Fixed(i.exec_mean, 2).c_str(), Fixed(i.ned_mean, 2).c_str(),
                Fixed(i.gap, 2).c_str(), Fixed(i.change, 2).c_str(), Fixed(i.percentile, 0).c_str(),
                flags.c_str());
  }
  std::cout << "\n— means a value is suppressed or undefined; `--format json` gives the reasons.\n";
}

std::string ReadPassword(const std::string& given, bool from_stdin) {
  if (!from_stdin) return given;
  std::string line;
  std::getline(std::cin, line);
  return line;
}

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_pattern("%v");  // our log lines are JSON objects already

  CLI::App cli{"boardlens: board digital leadership self-assessment for NHS organisations"};
  cli.require_subcommand(1);
  cli.fallthrough();  // --database may come before or after the command
  std::string database;
  const char* env = std::getenv("BOARDLENS_DATABASE");
  database = env != nullptr && *env != '\0' ? env : "sqlite://boardlens.db";
  cli.add_option("--database", database, kDatabaseHelp);

  // serve
  auto* serve = cli.add_subcommand("serve", "Serve the web API (applies migrations first)");
  std::string listen = "127.0.0.1:8080";
  boardlens::http::ServerOptions server;
  serve->add_option("--listen", listen, "HOST:PORT to listen on (port 0 picks a free one)")
      ->capture_default_str();
  serve->add_option("--threads", server.threads, "Worker threads (default: one per core)");
  serve->add_option("--max-body", server.max_body_bytes, "Largest request body in bytes")
      ->capture_default_str();
  bool quiet = false;
  serve->add_flag("--no-access-log", quiet, "Do not log each request");
  app::Settings serve_settings;
  serve->add_option("--public-url", serve_settings.public_url,
                    "Where people reach boardlens, e.g. https://boardlens.example.nhs.uk, for the "
                    "invitation links it makes (default: the address each request came to)");

  auto* migrate =
      cli.add_subcommand("migrate", "Apply database migrations and load the national frameworks");
  auto* demo =
      cli.add_subcommand("demo", "Load a fictional trust, its board of 14 and three rounds");

  // user / token
  auto* user = cli.add_subcommand("user", "Accounts")->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Add an account");
  std::string email, name, password, org, role_text;
  bool password_stdin = false, platform_admin = false;
  user_add->add_option("--email", email, "Email (sign-in name)")->required();
  user_add->add_option("--name", name, "Full name")->required();
  user_add->add_option("--password", password, "Password (12+ characters)");
  user_add->add_flag("--password-stdin", password_stdin, "Read the password from standard input");
  user_add->add_flag("--platform-admin", platform_admin,
                     "May add organisations and national frameworks");
  user_add->add_option("--org", org, "Give a role in this organisation (ODS code)");
  user_add->add_option("--role", role_text, "admin, secretary, member or viewer")->needs("--org");
  auto* user_password = user->add_subcommand(
      "password", "Reset an account's password; ends its sessions and API tokens");
  user_password->add_option("--email", email, "Email of the account")->required();
  user_password->add_option("--password", password, "New password (12+ characters)");
  user_password->add_flag("--password-stdin", password_stdin,
                          "Read the new password from standard input");
  auto* token = cli.add_subcommand("token", "API tokens")->require_subcommand(1);
  auto* token_create = token->add_subcommand("create", "Create a bearer token; prints it once");
  std::string token_name = "cli";
  token_create->add_option("--email", email, "Account the token acts as")->required();
  token_create->add_option("--name", token_name, "What the token is for")->capture_default_str();
  auto* token_list =
      token->add_subcommand("list", "List an account's live tokens (never the tokens)");
  token_list->add_option("--email", email, "Account whose tokens to list")->required();
  auto* token_revoke = token->add_subcommand("revoke", "End a token at once");
  std::string token_id;
  token_revoke->add_option("--email", email, "Account the token acts as")->required();
  token_revoke->add_option("--id", token_id, "The token's id, from token list")->required();

  // framework
  auto* framework = cli.add_subcommand("framework", "Framework library")->require_subcommand(1);
  auto* fw_import = framework->add_subcommand("import", "Load a framework YAML file");
  std::string file;
  fw_import->add_option("FILE", file, "Framework YAML (docs/frameworks.md)")->required();
  fw_import->add_option("--org", org, "Owning organisation (ODS); omit for a national framework");
  auto* fw_list = framework->add_subcommand("list", "List frameworks");
  fw_list->add_option("--org", org, "Include this organisation's own frameworks");

  // org / member
  auto* org_cmd = cli.add_subcommand("org", "Organisations")->require_subcommand(1);
  auto* org_add = org_cmd->add_subcommand("add", "Add an organisation");
  std::string ods, kind, parent;
  org_add->add_option("--ods", ods, "ODS code, e.g. RX1")->required();
  org_add->add_option("--name", name, "Name")->required();
  org_add->add_option("--kind", kind, "trust or icb")->required();
  org_add->add_option("--parent", parent, "ODS code of the parent ICB");
  auto* member_cmd = cli.add_subcommand("member", "Board members")->require_subcommand(1);
  auto* member_add = member_cmd->add_subcommand("add", "Add a board member");
  std::string job_title, membership;
  bool non_voting = false;
  member_add->add_option("--org", org, "Organisation (ODS)")->required();
  member_add->add_option("--name", name, "Full name")->required();
  member_add->add_option("--email", email, "Email; links the member to the account with it")
      ->required();
  member_add->add_option("--job-title", job_title, "Job title")->required();
  member_add->add_option("--membership", membership, "executive or non-executive")->required();
  member_add->add_flag("--non-voting", non_voting, "Attends but does not vote");

  // round
  auto* round = cli.add_subcommand("round", "Assessment rounds")->require_subcommand(1);
  std::string framework_ref, title, closed_on, format = "table";
  app::Id round_id = 0;
  auto* round_create = round->add_subcommand("create", "Create a draft round; prints its id");
  round_create->add_option("--org", org, "Organisation (ODS)")->required();
  round_create->add_option("--framework", framework_ref, "Framework ref")->required();
  round_create->add_option("--title", title, "Title")->required();
  auto* round_open = round->add_subcommand("open", "Open a draft round for answers");
  round_open->add_option("ID", round_id, "Round id")->required();
  auto* round_close = round->add_subcommand("close", "Close an open round and freeze its answers");
  round_close->add_option("ID", round_id, "Round id")->required();
  round_close->add_option("--closed-on", closed_on, "YYYY-MM-DD (default today)");
  auto* round_answer = round->add_subcommand("answer", "Record one member's answer to one item");
  std::string item, rating;
  std::string evidence;
  round_answer->add_option("ID", round_id, "Round id")->required();
  round_answer->add_option("--as", email, "The member's account email")->required();
  round_answer->add_option("--item", item, "Item ref")->required();
  round_answer->add_option("--rating", rating, "1 to 5, or DK")->required();
  round_answer->add_option("--evidence", evidence, "Optional evidence note");
  auto* round_import =
      round->add_subcommand("import", "Import a whole closed round from CSV; prints its id last");
  round_import->add_option("--org", org, "Organisation (ODS)")->required();
  round_import->add_option("--framework", framework_ref, "Framework ref")->required();
  round_import->add_option("--title", title, "Title")->required();
  round_import->add_option("--closed-on", closed_on, "YYYY-MM-DD")->required();
  round_import->add_option("FILE", file, "CSV: respondent,membership,item,rating,evidence")
      ->required();
  auto* round_results = round->add_subcommand("results", "Results of a closed round");
  round_results->add_option("ID", round_id, "Round id")->required();
  round_results->add_option("--format", format, "json (as the API) or table")
      ->check(CLI::IsMember({"json", "table"}))
      ->capture_default_str();
  auto* round_completion = round->add_subcommand("completion", "Who has answered (never what)");
  round_completion->add_option("ID", round_id, "Round id")->required();

  // Every command's --help ends with how the database is chosen, with an example.
  const std::function<void(CLI::App*)> add_footer = [&](CLI::App* command) {
    command->footer(kFooter);
    for (CLI::App* sub : command->get_subcommands({})) add_footer(sub);
  };
  add_footer(&cli);
  CLI11_PARSE(cli, argc, argv);

  try {
    if (serve->parsed()) {
      const auto colon = listen.rfind(':');
      const char* port_end = listen.data() + listen.size();
      const auto [end, ec] =
          colon == std::string::npos
              ? std::from_chars_result{nullptr, std::errc::invalid_argument}
              : std::from_chars(listen.data() + colon + 1, port_end, server.port);
      if (ec != std::errc{} || end != port_end || colon == 0) {
        throw boardlens::Invalid("\"" + listen + "\" is not HOST:PORT (port 0 to 65535)",
                                 "--listen");
      }
      server.host = listen.substr(0, colon);
      server.access_log = !quiet;
      server.offload = [](const boardlens::http::Request& r) {
        return boardlens::http::Api::IsSlow(r) || boardlens::web::Site::IsSlow(r);
      };
      { Context migrated(database); }
      app::AppPerThread apps(database, serve_settings);
      boardlens::http::Api api(apps);
      boardlens::web::Site site(apps);
      boardlens::http::Serve(
          server,
          [&api, &site](const boardlens::http::Request& r) {
            if (auto asset = boardlens::http::ServeAsset(r)) return std::move(*asset);
            return boardlens::web::Site::Serves(r) ? site.Handle(r) : api.Handle(r);
          },
          [&](unsigned short port) {
            spdlog::info(R"({{"event":"listening","url":"http://{}:{}/","database":"{}"}})",
                         server.host, port, database.substr(0, database.find(':')));
          });
      return 0;
    }

    Context ctx(database);
    app::App& a = ctx.app;
    const app::Caller op = app::Caller::Operator();
    const auto round_org = [&]() {
      const auto r = ctx.store.FindRoundAnyOrg(round_id);
      if (!r) throw boardlens::NotFound("there is no round " + std::to_string(round_id));
      return ctx.store.FindOrganisation(r->org_id)->ods_code;
    };

    if (migrate->parsed()) {
      std::cout << "database is up to date; national frameworks loaded\n";
    } else if (demo->parsed()) {
      const auto summary = app::LoadDemo(a);
      std::cout << "Demo loaded: Northfield Valley NHS Foundation Trust (" << summary.trust_ods
                << "), board of 14, two closed rounds and round " << summary.open_round
                << " open.\nSign in with any of these, password " << summary.password << "\n";
      for (const auto& login : summary.logins) {
        std::cout << "  " << login.email << "  (" << login.role << ")\n";
      }
    } else if (user_add->parsed()) {
      const std::string pw = ReadPassword(password, password_stdin);
      if (pw.empty()) throw boardlens::Invalid("give --password or --password-stdin", "--password");
      // Check the role and organisation first, so a mistake there adds no account.
      const auto role = domain::ParseRole(role_text.empty() ? "member" : role_text);
      if (!role)
        throw boardlens::Invalid("role must be admin, secretary, member or viewer", "--role");
      if (!org.empty()) a.GetOrganisation(op, org);
      const auto account = a.AddAccount(op, email, name, pw, platform_admin);
      if (!org.empty()) a.SetRole(op, org, account.email, *role);
      std::cout << "account " << account.id << " " << account.email << "\n";
    } else if (user_password->parsed()) {
      const std::string pw = ReadPassword(password, password_stdin);
      if (pw.empty()) throw boardlens::Invalid("give --password or --password-stdin", "--password");
      a.ResetPassword(op, email, pw);
      std::cout << "password reset; every session and API token of " << email << " ended\n";
    } else if (token_create->parsed()) {
      std::cout << a.CreateApiToken(op, email, token_name).token << "\n";
    } else if (token_list->parsed()) {
      for (const auto& t : a.ApiTokens(op, email)) {
        std::cout << t.id << "  expires " << app::IsoTime(t.expires_at) << "  " << t.name << "\n";
      }
    } else if (token_revoke->parsed()) {
      a.RevokeApiToken(op, email, token_id);
      std::cout << "token " << token_id << " of " << email << " revoked\n";
    } else if (fw_import->parsed()) {
      const auto load = a.ImportFramework(op, ReadFile(file), FileName(file), org);
      std::cout << load.stored.framework.ref << " " << load.stored.framework.version.str() << " "
                << (load.outcome == app::FrameworkLoad::Outcome::kLoaded ? "loaded" : "unchanged")
                << " (" << load.stored.framework.items.size() << " items)\n";
    } else if (fw_list->parsed()) {
      for (const auto& fw : a.ListFrameworks(op, org)) {
        std::printf("%-28s %-8s %2zu items  %s\n", fw.framework.ref.c_str(),
                    fw.framework.version.str().c_str(), fw.framework.items.size(),
                    fw.framework.title.c_str());
      }
    } else if (org_add->parsed()) {
      const auto o = a.AddOrganisation(op, ods, name, kind, parent);
      std::cout << "organisation " << o.ods_code << " " << o.name << "\n";
    } else if (member_add->parsed()) {
      domain::Member m;
      m.name = name;
      m.email = email;
      m.job_title = job_title;
      const auto parsed = domain::ParseMembership(membership);
      if (!parsed)
        throw boardlens::Invalid("membership must be executive or non-executive", "--membership");
      m.membership = *parsed;
      m.voting = !non_voting;
      std::cout << "member " << a.AddMember(op, org, m).id << "\n";
    } else if (round_create->parsed()) {
      std::cout << a.CreateRound(op, org, framework_ref, title).round.id << "\n";
    } else if (round_open->parsed()) {
      a.OpenRound(op, round_org(), round_id);
      std::cout << "round " << round_id << " is open\n";
    } else if (round_close->parsed()) {
      const auto v = a.CloseRound(op, round_org(), round_id, closed_on);
      std::cout << "round " << round_id << " closed on " << v.round.closed_on << "\n";
    } else if (round_answer->parsed()) {
      app::AnswerInput answer{item, {}, evidence, "--item"};
      if (!boardlens::domain::ParseRating(rating, answer.rating)) {
        throw boardlens::Invalid("rating must be 1 to 5, or DK", "--rating");
      }
      const auto account =
          ctx.store.FindAccountByEmail(domain::NormaliseEmail(email).value_or(email));
      if (!account) throw boardlens::NotFound("there is no account with email " + email);
      app::Caller as;
      as.account = *account;
      a.SubmitAnswers(as, round_org(), round_id, {answer});
      std::cout << "answer recorded\n";
    } else if (round_import->parsed()) {
      const app::Id id =
          a.ImportRound(op, org, framework_ref, title, closed_on, ReadFile(file), FileName(file));
      std::cout << "imported round into " << org << "\n" << id << "\n";
    } else if (round_results->parsed()) {
      const auto view = a.ResultsById(round_id);
      if (format == "json") {
        std::cout << view->json << "\n";
      } else {
        PrintTable(*view);
      }
    } else if (round_completion->parsed()) {
      for (const auto& row : a.Completion(op, round_org(), round_id)) {
        std::printf("%-32s %-14s %d/%d\n", row.member.name.c_str(),
                    std::string(domain::ToString(row.member.membership)).c_str(), row.answered,
                    row.items);
      }
    }
    return 0;
  } catch (const Error& e) {
    std::cerr << "boardlens: " << (e.where().empty() ? "" : e.where() + ": ") << e.what() << "\n";
    return ExitCode(e.kind());
  } catch (const std::exception& e) {
    std::cerr << "boardlens: " << e.what() << "\n";
    return 7;
  }
}
