#include "bench/national_data.hpp"

#include <random>

#include <fmt/format.h>

#include "boardlens/app/application.hpp"
#include "boardlens/features/frameworks/frameworks.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/rounds/rounds.hpp"

namespace boardlens::bench {

NationalData GenerateNational(const std::string& url, int organisations, int board_size) {
  SystemClock clock;
  app::Application app(clock);
  Scope& scope = app.Open(url);  // migrates and loads the shipped frameworks
  auto& trusts = scope.Get<orgs::Organisations>();
  auto& rounds = scope.Get<rounds::Rounds>();
  const Caller op = Caller::Operator();
  const auto fw = scope.Get<frameworks::Frameworks>().Get(op, "nhs-digital-boards", "");

  std::mt19937 rng(2026);
  std::uniform_int_distribution<int> rating(0, 5);
  const auto round_csv = [&] {
    std::string csv = "respondent,membership,item,rating,evidence\n";
    for (int m = 0; m < board_size; ++m) {
      for (const auto& item : fw.framework.items) {
        const int r = rating(rng);
        csv += fmt::format("m{},{},{},{},\n", m, m % 2 == 0 ? "executive" : "non-executive",
                           item.ref, r == 0 ? "DK" : std::to_string(r));
      }
    }
    return csv;
  };

  NationalData out;
  for (int o = 0; o < organisations; ++o) {
    const std::string ods = fmt::format("R{}", 1000 + o);
    trusts.AddOrganisation(op, ods, fmt::format("Synthetic trust {}", o), "trust", "");
    rounds.ImportRound(op, ods, fw.framework.ref, "2026 Q1", "2026-03-31", round_csv(), "gen.csv");
    if (o == 0) {
      out.ods = ods;
      out.round_id = rounds.ImportRound(op, ods, fw.framework.ref, "2026 Q2", "2026-06-30",
                                        round_csv(), "gen.csv");
    }
  }
  return out;
}

}  // namespace boardlens::bench
