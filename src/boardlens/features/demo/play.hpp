#pragma once
/// A fictional NHS system for trying boardlens: a trust with a board of 14, three rounds, its
/// registers and strategy, and peer trusts. It is played from data/ (compiled in) through the
/// features' own imports and use cases; Play resolves the files' dates, written from today,
/// and the records they name, before any import sees them (data/README.md).

#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/csv_groups.hpp"
#include "boardlens/base/registry.hpp"
#include "boardlens/http/json_body.hpp"

namespace boardlens::demo {

/// Fills an empty database and prints how to sign in; refuses (Conflict) if the demo trust
/// already exists.
void LoadDemo(Scope& services, std::ostream& out);

/// What the parts of the demo share while they play.
struct Play {
  Scope& scope;
  std::int64_t now = 0;
  http::Json plan;  ///< demo.yaml
  std::string ods;  ///< the demo trust
  Caller op = Caller::Operator();
  std::map<std::string, Id> ids;  ///< what {kind:name} stands for, by "kind:name"

  /// The data file with each placeholder resolved: {today-3d}, {month-1:01}, {member:Name}.
  std::string Text(std::string_view file) const;
  /// A YAML file as the JSON the API takes.
  http::Json Yaml(std::string_view file) const;
  std::vector<CsvGroup> Groups(std::string_view file, std::size_t key_columns) const;
  Caller As(const std::string& email);
  /// The board secretary, who keeps the records, so the pages name a person as saving them.
  Caller Secretary() { return As(plan["secretary"]["email"]); }
};

/// The services register, its measures and their values.
void AddServices(Play& p);
/// The board-questions checklist, half answered, each answer on the day it was given.
void AddQuestions(Play& p);
/// The strategy's versions, then the portfolio and its benefits.
void AddStrategy(Play& p);
/// The risk register with its appetite and a history of reviews.
void AddRisks(Play& p);
/// A year of user-voice reports and "you said, we did".
void AddVoice(Play& p);
/// What board members saw for themselves, and the secretary's request before the next board.
void AddObservations(Play& p);

}  // namespace boardlens::demo
