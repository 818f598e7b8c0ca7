// The command table's option kinds as a command sees them, and its exit codes.

#include "boardlens/cli/commands.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

#include "boardlens/base/error.hpp"

namespace boardlens::cli {
namespace {

struct Seen {
  bool ran = false;
  std::string file;
  std::vector<std::string> dates;
  std::optional<double> target;
};

/// Runs `boardlens chart ARGS...` with a command that keeps what it was given.
int Chart(Seen& seen, std::vector<std::string> args, bool fail = false) {
  Commands commands;
  commands.Add("chart", "A test command", [&seen, fail](Spec& spec) {
    spec.Text("FILE", seen.file, "A file", true)
        .Texts("--at", seen.dates, "Dates, one an --at")
        .Decimal("--target", seen.target, "A target");
    return [&seen, fail](Context&) {
      seen.ran = true;
      if (fail) throw Invalid("no good", "--at");
    };
  });
  args.insert(args.begin(), {"boardlens", "chart"});
  std::vector<char*> argv;
  argv.reserve(args.size());
  for (std::string& arg : args) argv.push_back(arg.data());
  // The command opens no database: asking for one fails the test.
  return commands.Main(static_cast<int>(argv.size()), argv.data(),
                       [](const std::string&) -> Scope& { throw std::logic_error("opened"); });
}

TEST(Cli, TextsTakeOneValueAnOccurrenceInOrder) {
  Seen seen;
  EXPECT_EQ(Chart(seen, {"--at", "2024-03-01", "--at", "2024-01-01", "m.csv"}), 0);
  EXPECT_TRUE(seen.ran);
  EXPECT_EQ(seen.dates, (std::vector<std::string>{"2024-03-01", "2024-01-01"}));
  EXPECT_EQ(seen.file, "m.csv") << "not swallowed by --at";
  EXPECT_FALSE(seen.target);
}

TEST(Cli, DecimalsAreDigitsWithAPointOrABadCommandLine) {
  Seen seen;
  EXPECT_EQ(Chart(seen, {"m.csv", "--target", "97.5"}), 0);
  EXPECT_EQ(seen.target, 97.5);
  for (const char* junk : {"nan", "inf", "1e5", "1,5", "ten"}) {
    Seen bad;
    EXPECT_EQ(Chart(bad, {"m.csv", "--target", junk}), 2) << junk;
    EXPECT_FALSE(bad.ran) << junk;
  }
}

TEST(Cli, ExitCodesAreThePromisedOnes) {
  Seen seen;
  EXPECT_EQ(Chart(seen, {"--help"}), 0);
  EXPECT_EQ(Chart(seen, {}), 2) << "FILE is required";
  EXPECT_EQ(Chart(seen, {"m.csv", "--nonsense"}), 2);
  EXPECT_EQ(Chart(seen, {"m.csv"}, true), 3) << "invalid input";
}

TEST(Cli, ControlCharactersNeverReachTheTerminalRaw) {
  // Issue 19: an ESC from the public form reached the terminal through `voice reports`. What a
  // command prints, and what it fails with, arrive neutralised, even when written a byte at a
  // time.
  Commands commands;
  commands.Add("show", "A test command", [](Spec&) {
    return [](Context& ctx) {
      ctx.out() << "title \x1b]0;owned\x07 clear \x1b[2J csi \xC2";
      ctx.out() << "\x9B"
                << "2J é line\r";
      ctx.out() << "\nover\rwrite\ttab\n";
      throw Invalid("bad \x1b[31mred", "--x\x1b");
    };
  });
  std::vector<std::string> args{"boardlens", "show"};
  std::vector<char*> argv;
  argv.reserve(args.size());
  for (std::string& arg : args) argv.push_back(arg.data());
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  EXPECT_EQ(commands.Main(2, argv.data(),
                          [](const std::string&) -> Scope& { throw std::logic_error("opened"); }),
            3);
  const std::string err = testing::internal::GetCapturedStderr();
  const std::string out = testing::internal::GetCapturedStdout();
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(out, "title " + r + "]0;owned" + r + " clear " + r + "[2J csi " + r +
                     "2J é line\r\nover" + r + "write\ttab\n");
  EXPECT_EQ(err, "boardlens: --x" + r + ": bad " + r + "[31mred\n");
}

}  // namespace
}  // namespace boardlens::cli
