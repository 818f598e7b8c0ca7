#include "boardlens/features/assurance/csv.hpp"

namespace boardlens::assurance {

CsvRows SubjectRows(const Picture& p) {
  CsvRows rows{{"kind", "id", "name", "read", "read_positive", "heard", "heard_concern", "seen",
                "seen_poor", "gaps"}};
  for (const auto* list : {&p.services, &p.programmes}) {
    for (const auto& row : *list) {
      std::string gaps;
      for (const auto& gap : p.gaps) {
        if (gap.subject == row.subject) gaps += (gaps.empty() ? "" : " ") + gap.key;
      }
      const bool service = row.subject.kind == SubjectKind::kService;
      rows.push_back({std::string(observations::ToString(row.subject.kind)),
                      std::to_string(row.subject.id), row.name, DescribeRead(row),
                      ReadIsPositive(row) ? "yes" : "no", service ? DescribeHeard(row.heard) : "",
                      service ? (HeardShowsConcern(row.heard) ? "yes" : "no") : "",
                      DescribeSeen(row.seen), SeenIsPoor(row.seen) ? "yes" : "no", gaps});
    }
  }
  return rows;
}

CsvRows GapRows(const Picture& p) {
  CsvRows rows{{"key", "kind", "title", "evidence"}};
  for (const auto& gap : p.gaps) {
    std::string evidence;
    for (const auto& line : gap.evidence) evidence += (evidence.empty() ? "" : " ") + line + ".";
    rows.push_back({gap.key, std::string(ToString(gap.kind)), gap.title, evidence});
  }
  return rows;
}

}  // namespace boardlens::assurance
