#include "boardlens/features/actions/item_commitments.hpp"

namespace boardlens::actions {

std::map<std::string, std::vector<rounds::Commitment>> ItemCommitments::Before(
    const Caller& caller, const std::string& ods, const rounds::Round& round) {
  const std::string today = actions_.Today();
  std::map<std::string, std::vector<rounds::Commitment>> out;
  for (const Action& a : actions_.AgreedBefore(caller, ods, round)) {
    out[a.source.ref].push_back({a.id, a.what.title, a.owner_name, a.what.due_on,
                                 std::string(StatusWord(a, today)),
                                 "/actions/" + std::to_string(a.id)});
  }
  return out;
}

}  // namespace boardlens::actions
