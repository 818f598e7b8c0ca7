// `boardlens spc`: the SPC rules on a CSV file, for analysts. It reads a file and prints;
// it never opens the database, so it runs anywhere the binary does.

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"
#include "boardlens/base/files.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/services/feature.hpp"
#include "boardlens/features/services/json.hpp"
#include "boardlens/features/services/series_csv.hpp"

namespace boardlens::services {
namespace {

struct Options {
  std::string file;
  std::string improvement = "neutral";
  std::optional<double> target;
  std::vector<std::string> rebase;
  std::int64_t fix_after = 0;
  bool no_screen = false;
  std::string frequency;  ///< empty: each row is a point, as NHS England's tool takes them
  std::string format = "json";
};

/// The chart options, refused with the option's name where they cannot apply to `points`.
SpcOptions Check(const Options& o, const std::vector<SpcPoint>& points) {
  SpcOptions out;
  out.improvement = ParseImprovement(o.improvement).value_or(Improvement::kNeutral);
  out.target = o.target;
  out.screen = !o.no_screen;
  if (!o.frequency.empty()) {
    out.frequency = ParseFrequency(o.frequency);
    out.today = IsoDate(SystemClock().Now());
  }
  if (o.fix_after != 0) {
    if (o.fix_after < 2) {
      throw Invalid("must be at least 2 (or 0 to use every point)", "--fix-after");
    }
    out.fix_after = static_cast<std::size_t>(o.fix_after);
  }
  for (const std::string& date : o.rebase) {
    if (!IsValidDate(date)) {
      throw Invalid("\"" + date + "\" is not a date written YYYY-MM-DD", "--rebase");
    }
    // A date that starts no new period would be ignored without a word.
    if (date <= points.front().date || date > points.back().date) {
      throw Invalid(date + " starts no new limits: it must fall after the first point (" +
                        points.front().date + ") and on or before the last (" + points.back().date +
                        ")",
                    "--rebase");
    }
    out.rebase.push_back(date);
  }
  return out;
}

std::string Words(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

void PrintTable(std::ostream& out, const SpcChart& chart, bool has_target) {
  const int decimals = DecimalsOf(chart.rows);
  const int derived = decimals + 2;
  std::vector<std::array<std::string, 6>> rows{
      {"date", "value", "mean", "lower limit", "upper limit", "point type"}};
  for (const SpcRow& r : chart.rows) {
    std::string type = Words(ToString(r.type));
    if (r.after_gap) type += ", after a gap";
    if (r.incomplete) type += ", period not over (outside the limits and rules)";
    rows.push_back({r.point.date, fmt::format("{:.{}f}", r.point.value, decimals),
                    fmt::format("{:.{}f}", r.mean, derived), fmt::format("{:.{}f}", r.lpl, derived),
                    fmt::format("{:.{}f}", r.upl, derived), type});
  }
  std::array<std::size_t, 6> width{};
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      width.at(c) = std::max(width.at(c), row.at(c).size());
    }
  }
  for (const auto& row : rows) {
    // Dates and words to the left, numbers to the right, as a spreadsheet shows them.
    out << fmt::format("{:<{}}  {:>{}}  {:>{}}  {:>{}}  {:>{}}  {}\n", row[0], width[0], row[1],
                       width[1], row[2], width[2], row[3], width[3], row[4], width[4], row[5]);
  }
  out << "\nVariation (the latest point): " << Words(ToString(chart.variation)) << "\n";
  out << "Assurance: "
      << (chart.assurance ? Words(ToString(*chart.assurance))
          : has_target    ? std::string("none (a neutral measure)")
                          : std::string("none (no --target)"))
      << "\n";
  if (chart.provisional) {
    out << "The limits are provisional: fewer than " << kProvisionalBelow << " points.\n";
  }
}

}  // namespace

void AddSpcCommand(cli::Commands& commands) {
  commands.Add(
      "spc",
      "Plot the dots: the XmR chart of a date,value CSV file by NHS England's Making Data "
      "Count rules (limits, special causes, the variation and assurance icons). Needs no "
      "database",
      [](cli::Spec& spec) {
        auto o = std::make_shared<Options>();
        spec.Text("FILE", o->file,
                  "CSV with the header date,value, then a row a point: dates YYYY-MM-DD in "
                  "order, values with a decimal point",
                  true)
            .Choice("--improvement", o->improvement,
                    "Which way is better. neutral (the default) marks special causes high or "
                    "low and gives no assurance",
                    {"up", "down", "neutral"})
            .Decimal("--target", o->target,
                     "The target the assurance icon compares with the latest limits (up or "
                     "down only)")
            .Texts("--rebase", o->rebase,
                   "YYYY-MM-DD: new limits from the first point on or after this date, where "
                   "the process changed. Repeat for more than one")
            .Number("--fix-after", o->fix_after,
                    "Compute each period's limits from its first N points only (N at least "
                    "2; 0 uses every point)")
            .Choice("--frequency", o->frequency,
                    "monthly or weekly: each point stands for its period, a period with no "
                    "value is a gap, and the current period, not yet over, is left out of the "
                    "limits and rules. Without it each row is a point",
                    {"monthly", "weekly"})
            .Flag("--no-screen", o->no_screen,
                  "Keep moving ranges of 3.267 times their average or more in the limits "
                  "(left out by default, as NHS England's tool does)")
            .Choice("--format", o->format, "json (the default) or table", {"json", "table"});
        return [o](cli::Context& ctx) {
          const std::vector<SpcPoint> points = ParseSeriesCsv(ReadFile(o->file), FileName(o->file));
          if (points.size() < 2) {
            throw Invalid("the series has " + std::to_string(points.size()) +
                              (points.size() == 1 ? " point" : " points") +
                              "; a chart needs at least 2",
                          FileName(o->file));
          }
          const SpcOptions options = Check(*o, points);
          const SpcChart chart = ComputeSpc(points, options);
          if (o->format == "json") {
            ctx.out() << ToJson(chart).dump(2) << "\n";
          } else {
            PrintTable(ctx.out(), chart, options.target.has_value());
          }
        };
      });
}

}  // namespace boardlens::services
