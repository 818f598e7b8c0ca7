#include "boardlens/cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <map>
#include <streambuf>
#include <string>

#include "boardlens/base/error.hpp"
#include "boardlens/base/number.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"

namespace boardlens::cli {
namespace {

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

/// What commands print, passed on to `out` with control characters neutralised
/// (NeutraliseControls): text that someone typed into a public form, or that was stored before
/// it was checked, must not move the terminal's cursor, clear its screen or retitle it. A
/// trailing carriage return or unfinished character waits for the bytes that finish it.
class NeutralisingBuffer : public std::streambuf {
 public:
  explicit NeutralisingBuffer(std::streambuf& out) : out_(out) {}
  NeutralisingBuffer(const NeutralisingBuffer&) = delete;
  NeutralisingBuffer& operator=(const NeutralisingBuffer&) = delete;
  ~NeutralisingBuffer() override {
    Pass(pending_.size());
    out_.pubsync();
  }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    pending_.push_back(traits_type::to_char_type(c));
    Pass(pending_.size() - UnfinishedTailLength(pending_));
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    pending_.append(s, static_cast<std::size_t>(n));
    Pass(pending_.size() - UnfinishedTailLength(pending_));
    return n;
  }
  int sync() override { return out_.pubsync(); }

 private:
  /// Writes out the first `bytes` pending bytes, neutralised.
  void Pass(std::size_t bytes) {
    const std::string safe = NeutraliseControls(std::string_view(pending_).substr(0, bytes));
    out_.sputn(safe.data(), static_cast<std::streamsize>(safe.size()));
    pending_.erase(0, bytes);
  }

  std::streambuf& out_;
  std::string pending_;
};

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

class Cli11Spec final : public Spec {
 public:
  explicit Cli11Spec(CLI::App& command) : command_(command) {}
  Spec& Text(const std::string& name, std::string& into, const std::string& help,
             bool required) override {
    Mark(command_.add_option(name, into, help), required);
    return *this;
  }
  Spec& Number(const std::string& name, std::int64_t& into, const std::string& help,
               bool required) override {
    Mark(command_.add_option(name, into, help), required);
    return *this;
  }
  Spec& Decimal(const std::string& name, std::optional<double>& into,
                const std::string& help) override {
    // CLI11's own conversion would take "nan", "inf" and "1e5".
    command_.add_option_function<std::string>(
        name,
        [&into, name](const std::string& text) {
          into = ParseNumber(text);
          if (!into) throw CLI::ValidationError(name, "\"" + text + "\" must be a number");
        },
        help);
    return *this;
  }
  Spec& Texts(const std::string& name, std::vector<std::string>& into,
              const std::string& help) override {
    // One value an occurrence, so that `--rebase DATE FILE` leaves FILE to the positional.
    command_.add_option(name, into, help)->allow_extra_args(false);
    return *this;
  }
  Spec& Flag(const std::string& name, bool& into, const std::string& help) override {
    command_.add_flag(name, into, help);
    return *this;
  }
  Spec& Choice(const std::string& name, std::string& into, const std::string& help,
               const std::vector<std::string>& allowed) override {
    command_.add_option(name, into, help)->check(CLI::IsMember(allowed))->capture_default_str();
    return *this;
  }

 private:
  static void Mark(CLI::Option* option, bool required) {
    if (required) {
      option->required();
    } else {
      option->capture_default_str();
    }
  }
  CLI::App& command_;
};

/// "round results" → {"round", "results"}.
std::vector<std::string> Words(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < path.size()) {
    const auto space = path.find(' ', start);
    out.push_back(path.substr(start, space - start));
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return out;
}

}  // namespace

void Commands::Group(std::string name, std::string help) {
  entries_.push_back({std::move(name), std::move(help), nullptr});
}

void Commands::Add(std::string path, std::string help, Setup setup) {
  entries_.push_back({std::move(path), std::move(help), std::move(setup)});
}

int Commands::Main(int argc, char** argv, const Context::Open& open) const {
  CLI::App cli{"boardlens: board digital leadership self-assessment for NHS organisations"};
  cli.require_subcommand(1);
  cli.fallthrough();  // --database may come before or after the command
  const char* env = std::getenv("BOARDLENS_DATABASE");
  std::string database = env != nullptr && *env != '\0' ? env : "sqlite://boardlens.db";
  cli.add_option("--database", database, kDatabaseHelp);

  std::map<std::string, CLI::App*> made;  // by path
  std::vector<std::pair<CLI::App*, Run>> runs;
  // Groups first, so that a command can come before its group in the table.
  for (const Entry& e : entries_) {
    if (e.setup) continue;
    made[e.path] = cli.add_subcommand(e.path, e.help)->require_subcommand(1);
  }
  for (const Entry& e : entries_) {
    if (!e.setup) continue;
    const auto words = Words(e.path);
    CLI::App* parent = &cli;
    std::string path;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      path += (path.empty() ? "" : " ") + words[i];
      auto& group = made[path];
      if (group == nullptr) group = parent->add_subcommand(words[i])->require_subcommand(1);
      parent = group;
    }
    CLI::App* command = parent->add_subcommand(words.back(), e.help);
    Cli11Spec spec(*command);
    runs.emplace_back(command, e.setup(spec));
  }
  // Every command's --help ends with how the database is chosen, with an example.
  const std::function<void(CLI::App*)> add_footer = [&](CLI::App* command) {
    command->footer(kFooter);
    for (CLI::App* sub : command->get_subcommands({})) add_footer(sub);
  };
  add_footer(&cli);
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the problem (or the help) and has a code of its own for each kind of
    // problem; scripts are promised 2 for any bad command line (kFooter).
    return cli.exit(e) == 0 ? 0 : 2;
  }

  NeutralisingBuffer neutralised(*std::cout.rdbuf());
  std::ostream out(&neutralised);
  Context context(database, open, out);
  try {
    for (const auto& [command, run] : runs) {
      if (command->parsed()) run(context);
    }
    return 0;
  } catch (const Error& e) {
    // Every problem, one a line, so a file can be fixed in one go.
    const auto print = [](const std::string& where, const std::string& what) {
      std::cerr << "boardlens: " << NeutraliseControls((where.empty() ? "" : where + ": ") + what)
                << "\n";
    };
    for (const FieldProblem& p : e.AllProblems()) print(p.where, p.message);
    return ExitCode(e.kind());
  } catch (const std::exception& e) {
    std::cerr << "boardlens: " << NeutraliseControls(e.what()) << "\n";
    return 7;
  }
}

std::string PasswordFrom(const std::string& given, bool from_stdin) {
  std::string password = given;
  if (from_stdin) std::getline(std::cin, password);
  if (password.empty()) throw Invalid("give --password or --password-stdin", "--password");
  return password;
}

}  // namespace boardlens::cli
