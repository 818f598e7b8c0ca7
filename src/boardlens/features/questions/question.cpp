#include "boardlens/features/questions/question.hpp"

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::questions {
namespace {

constexpr NameTable<Status, 3> kStatuses{{{Status::kNotStarted, "not_started"},
                                          {Status::kPartlyAssured, "partly_assured"},
                                          {Status::kAssured, "assured"}}};
constexpr NameTable<Status, 3> kStatusLabels{{{Status::kNotStarted, "Not started"},
                                              {Status::kPartlyAssured, "Partly assured"},
                                              {Status::kAssured, "Assured"}}};

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && AsciiLower(text.substr(0, prefix.size())) == prefix;
}

}  // namespace

std::string_view ToString(Status status) { return NameOf(kStatuses, status); }
std::optional<Status> ParseStatus(std::string_view text) { return FromName(kStatuses, text); }
std::vector<std::string_view> StatusNames() { return Names(kStatuses); }
std::string_view StatusLabel(Status status) { return NameOf(kStatusLabels, status); }

bool IsWebAddress(std::string_view url) {
  if (url.size() > kMaxUrlLength) return false;
  std::size_t scheme = 0;
  if (StartsWithNoCase(url, "https://")) {
    scheme = 8;
  } else if (StartsWithNoCase(url, "http://")) {
    scheme = 7;
  } else {
    return false;
  }
  for (const char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\') {
      return false;
    }
  }
  // A host must follow the scheme: "https://" alone, or "https:///path", is no address.
  const std::string_view rest = url.substr(scheme);
  const std::size_t host_end = rest.find_first_of("/?#");
  const std::string_view authority = rest.substr(0, host_end);
  const std::string_view host = authority.substr(authority.rfind('@') + 1);
  return !host.empty() && host.front() != ':' && host.front() != '.';
}

void CheckAnswer(AnswerInput& in) {
  Problems problems;
  problems.Check([&] { in.answer = OptionalText(in.answer, "answer", kMaxAnswerLength); });
  if (!in.next_review_on.empty() && !IsValidDate(in.next_review_on)) {
    problems.Add("\"" + in.next_review_on + "\" is not a date written YYYY-MM-DD",
                 "next_review_on");
  }
  // Problems are named by the link's place as given, before empty rows are dropped, so a form
  // can mark the row it showed.
  const auto empty = [](const Evidence& e) { return Trim(e.title).empty() && Trim(e.url).empty(); };
  for (std::size_t i = 0; i < in.evidence.size(); ++i) {
    Evidence& e = in.evidence[i];
    if (empty(e)) continue;
    const std::string at = "evidence[" + std::to_string(i) + "].";
    e.url = std::string(Trim(e.url));
    if (Trim(e.title).empty()) {
      problems.Add("enter a title for the evidence at " + e.url, at + "title");
    } else {
      problems.Check(
          [&] { e.title = RequireText(e.title, at + "title", kMaxEvidenceTitleLength); });
    }
    if (e.url.empty()) {
      problems.Add("enter the address of the evidence", at + "url");
    } else if (!IsWebAddress(e.url)) {
      problems.Add("\"" + e.url + "\" is not a web address starting http:// or https://",
                   at + "url");
    }
  }
  std::erase_if(in.evidence, empty);
  if (in.evidence.size() > kMaxEvidence) {
    problems.Add("give at most " + std::to_string(kMaxEvidence) + " evidence links", "evidence");
  }
  problems.ThrowIfAny();
}

bool IsOverdue(const Question& question, const std::string& today) {
  return question.record && !question.record->what.next_review_on.empty() &&
         question.record->what.next_review_on < today;
}

Filter ParseFilter(std::string_view status, std::string_view owner, std::string_view overdue) {
  Filter filter;
  Problems problems;
  if (!status.empty()) {
    filter.status = ParseStatus(status);
    if (!filter.status) problems.Add("status must be " + NamesList(StatusNames()), "status");
  }
  if (!owner.empty()) {
    filter.owner_member_id = ParseId(owner);
    if (!filter.owner_member_id) problems.Add("owner must be a board member's id", "owner");
  }
  if (!overdue.empty() && overdue != kOverdueYes && overdue != kOverdueNo) {
    problems.Add("overdue must be " + NamesList({kOverdueYes, kOverdueNo}), "overdue");
  }
  filter.overdue_only = overdue == kOverdueYes;
  problems.ThrowIfAny();
  return filter;
}

bool Matches(const Question& question, const Filter& filter, const std::string& today) {
  if (filter.status && question.status() != *filter.status) return false;
  if (filter.owner_member_id &&
      (!question.record || question.record->what.owner_member_id != filter.owner_member_id)) {
    return false;
  }
  return !filter.overdue_only || IsOverdue(question, today);
}

Counts CountOf(const std::vector<Question>& questions, const std::string& today) {
  Counts counts;
  for (const Question& q : questions) {
    switch (q.status()) {
      case Status::kNotStarted:
        ++counts.not_started;
        break;
      case Status::kPartlyAssured:
        ++counts.partly_assured;
        break;
      case Status::kAssured:
        ++counts.assured;
        break;
    }
    if (IsOverdue(q, today)) ++counts.overdue;
  }
  return counts;
}

}  // namespace boardlens::questions
