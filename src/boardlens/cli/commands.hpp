#pragma once
/// The command line as a table: each feature adds its commands, each command declares its
/// own options (bound to variables it owns, so no two commands share one) and what it runs.
/// CLI11 stays inside commands.cpp.

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/registry.hpp"

namespace boardlens::cli {

/// What a command takes. A name starting with "--" is an option; any other is a positional
/// argument.
class Spec {
 public:
  virtual ~Spec() = default;
  virtual Spec& Text(const std::string& name, std::string& into, const std::string& help,
                     bool required = false) = 0;
  virtual Spec& Number(const std::string& name, std::int64_t& into, const std::string& help,
                       bool required = false) = 0;
  /// A number (ParseNumber: digits, thousands commas, one point, never NaN or infinity); left empty
  /// when the option is not given.
  virtual Spec& Decimal(const std::string& name, std::optional<double>& into,
                        const std::string& help) = 0;
  /// An option that may be given more than once, one value each time, in the order given.
  virtual Spec& Texts(const std::string& name, std::vector<std::string>& into,
                      const std::string& help) = 0;
  virtual Spec& Flag(const std::string& name, bool& into, const std::string& help) = 0;
  /// Text that must be one of `allowed`.
  virtual Spec& Choice(const std::string& name, std::string& into, const std::string& help,
                       const std::vector<std::string>& allowed) = 0;
};

/// What a command runs with.
class Context {
 public:
  using Open = std::function<Scope&(const std::string& database_url)>;
  Context(std::string database_url, Open open, std::ostream& out)
      : database_url_(std::move(database_url)), open_(std::move(open)), out_(out) {}

  /// From --database, else BOARDLENS_DATABASE, else sqlite://boardlens.db.
  const std::string& database_url() const { return database_url_; }
  /// The services over that database, migrated and with the shipped frameworks loaded.
  Scope& services() { return open_(database_url_); }
  template <typename T>
  T& Use() {
    return services().Get<T>();
  }
  std::ostream& out() { return out_; }

 private:
  std::string database_url_;
  Open open_;
  std::ostream& out_;
};

using Run = std::function<void(Context&)>;
/// Declares a command's options on the spec and returns what runs it.
using Setup = std::function<Run(Spec&)>;

class Commands {
 public:
  /// A group of commands ("round"), with what it is about.
  void Group(std::string name, std::string help);
  /// A command by its path ("round results", or "serve" at the top).
  void Add(std::string path, std::string help, Setup setup);

  /// Parses the command line and runs the command it names. Returns the exit code: 0 done,
  /// 2 bad command line, 3 invalid input, 4 not found, 5 conflict, 6 database unavailable,
  /// 7 other failure.
  int Main(int argc, char** argv, const Context::Open& open) const;

 private:
  struct Entry {
    std::string path;
    std::string help;
    Setup setup;  ///< empty for a group
  };
  std::vector<Entry> entries_;
};

/// A password given as an option (`given`), or read from the first line of standard input;
/// refused when empty.
std::string PasswordFrom(const std::string& given, bool from_stdin);

}  // namespace boardlens::cli
