#include "boardlens/features/risks/risk.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

#include "boardlens/base/error.hpp"
#include "boardlens/base/names.hpp"
#include "boardlens/base/text.hpp"

namespace boardlens::risks {
namespace {

constexpr NameTable<Band, 4> kBands{{{Band::kLow, "low"},
                                     {Band::kModerate, "moderate"},
                                     {Band::kHigh, "high"},
                                     {Band::kExtreme, "extreme"}}};
constexpr NameTable<Band, 4> kBandLabels{{{Band::kLow, "Low"},
                                          {Band::kModerate, "Moderate"},
                                          {Band::kHigh, "High"},
                                          {Band::kExtreme, "Extreme"}}};
constexpr NameTable<Category, 8> kCategories{
    {{Category::kCyberSecurity, "cyber_security"},
     {Category::kInformationGovernance, "information_governance"},
     {Category::kClinicalSafety, "clinical_safety"},
     {Category::kServiceContinuity, "service_continuity"},
     {Category::kFinance, "finance"},
     {Category::kWorkforce, "workforce"},
     {Category::kDelivery, "delivery"},
     {Category::kCompliance, "compliance"}}};
constexpr NameTable<Category, 8> kCategoryLabels{
    {{Category::kCyberSecurity, "Cyber security"},
     {Category::kInformationGovernance, "Data and information governance"},
     {Category::kClinicalSafety, "Clinical safety"},
     {Category::kServiceContinuity, "Service continuity"},
     {Category::kFinance, "Financial"},
     {Category::kWorkforce, "Workforce and digital skills"},
     {Category::kDelivery, "Strategy and delivery"},
     {Category::kCompliance, "Regulation and compliance"}}};
constexpr NameTable<AppetiteLevel, 5> kLevels{{{AppetiteLevel::kAverse, "averse"},
                                               {AppetiteLevel::kMinimal, "minimal"},
                                               {AppetiteLevel::kCautious, "cautious"},
                                               {AppetiteLevel::kOpen, "open"},
                                               {AppetiteLevel::kSeek, "seek"}}};
constexpr NameTable<AppetiteLevel, 5> kLevelLabels{{{AppetiteLevel::kAverse, "Averse"},
                                                    {AppetiteLevel::kMinimal, "Minimal"},
                                                    {AppetiteLevel::kCautious, "Cautious"},
                                                    {AppetiteLevel::kOpen, "Open"},
                                                    {AppetiteLevel::kSeek, "Seek"}}};
constexpr NameTable<ScoreKind, 3> kScoreKinds{{{ScoreKind::kInherent, "inherent"},
                                               {ScoreKind::kCurrent, "current"},
                                               {ScoreKind::kTarget, "target"}}};
constexpr NameTable<Movement, 4> kMovements{{{Movement::kNew, "new"},
                                             {Movement::kUp, "up"},
                                             {Movement::kDown, "down"},
                                             {Movement::kUnchanged, "unchanged"}}};
constexpr std::array<std::string_view, 5> kLikelihoods{"Rare", "Unlikely", "Possible", "Likely",
                                                       "Almost certain"};
constexpr std::array<std::string_view, 5> kConsequences{"Negligible", "Minor", "Moderate", "Major",
                                                        "Catastrophic"};

bool InRange(int value) { return value >= 1 && value <= 5; }
bool InRange(const Rating& r) { return InRange(r.likelihood) && InRange(r.consequence); }

void CheckRating(Problems& problems, const Rating& rating, const std::string& which) {
  if (!InRange(rating.likelihood)) {
    problems.Add("must be a whole number from 1 (rare) to 5 (almost certain)",
                 which + "_likelihood");
  }
  if (!InRange(rating.consequence)) {
    problems.Add("must be a whole number from 1 (negligible) to 5 (catastrophic)",
                 which + "_consequence");
  }
}

}  // namespace

std::string_view ToString(Band band) { return NameOf(kBands, band); }
std::string_view BandLabel(Band band) { return NameOf(kBandLabels, band); }
std::optional<Band> ParseBand(std::string_view text) { return FromName(kBands, text); }
std::string_view ToString(Category category) { return NameOf(kCategories, category); }
std::string_view CategoryLabel(Category category) { return NameOf(kCategoryLabels, category); }
std::optional<Category> ParseCategory(std::string_view text) { return FromName(kCategories, text); }
std::string_view ToString(AppetiteLevel level) { return NameOf(kLevels, level); }
std::string_view LevelLabel(AppetiteLevel level) { return NameOf(kLevelLabels, level); }
std::optional<AppetiteLevel> ParseLevel(std::string_view text) { return FromName(kLevels, text); }
std::string_view ToString(ScoreKind which) { return NameOf(kScoreKinds, which); }
std::optional<ScoreKind> ParseScoreKind(std::string_view text) {
  return FromName(kScoreKinds, text);
}
std::string_view ToString(Movement movement) { return NameOf(kMovements, movement); }
std::vector<std::string_view> BandNames() { return Names(kBands); }
std::vector<std::string_view> CategoryNames() { return Names(kCategories); }
std::vector<std::string_view> LevelNames() { return Names(kLevels); }
std::vector<std::string_view> ScoreKindNames() { return Names(kScoreKinds); }
std::vector<std::string_view> MovementNames() { return Names(kMovements); }
std::string_view LikelihoodLabel(int likelihood) {
  return InRange(likelihood) ? kLikelihoods.at(static_cast<std::size_t>(likelihood - 1)) : "?";
}
std::string_view ConsequenceLabel(int consequence) {
  return InRange(consequence) ? kConsequences.at(static_cast<std::size_t>(consequence - 1)) : "?";
}

int Score(const Rating& rating) { return rating.likelihood * rating.consequence; }

namespace {
/// The scores on the 5x5 matrix that each band covers.
struct BandScores {
  Band band;
  int lowest;
  int highest;
};
constexpr std::array<BandScores, 4> kBandScores{
    {{Band::kLow, 1, 3}, {Band::kModerate, 4, 6}, {Band::kHigh, 8, 12}, {Band::kExtreme, 15, 25}}};
}  // namespace

Band BandOf(int score) {
  // The highest band whose lowest score it reaches: 7 is moderate, 13 and 14 high.
  for (auto it = kBandScores.rbegin(); it != kBandScores.rend(); ++it) {
    if (score >= it->lowest) return it->band;
  }
  return Band::kLow;
}

std::string ScoresText(Band band) {
  for (const BandScores& b : kBandScores) {
    if (b.band == band) return std::to_string(b.lowest) + " to " + std::to_string(b.highest);
  }
  return {};
}

const Rating& ScoreOf(const RiskInput& risk, ScoreKind which) {
  switch (which) {
    case ScoreKind::kInherent:
      return risk.inherent;
    case ScoreKind::kTarget:
      return risk.target;
    case ScoreKind::kCurrent:
      break;
  }
  return risk.current;
}

Rating& ScoreOf(RiskInput& risk, ScoreKind which) {
  return const_cast<Rating&>(ScoreOf(std::as_const(risk), which));
}

int LevelFromText(std::string_view text) {
  text = Trim(text);
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() ? value : 0;
}

AppetiteStance Compare(int current_score, const std::optional<Appetite>& appetite) {
  if (!appetite) return AppetiteStance::kNotSet;
  return current_score > appetite->max_score ? AppetiteStance::kAbove : AppetiteStance::kWithin;
}

std::optional<Appetite> AppetiteFor(const std::vector<Appetite>& appetites, Category category) {
  const auto it = std::find_if(appetites.begin(), appetites.end(),
                               [&](const Appetite& a) { return a.category == category; });
  return it == appetites.end() ? std::nullopt : std::optional<Appetite>(*it);
}

bool ReviewOverdue(const RiskInput& risk, const std::string& today) {
  return risk.review_on < today;
}

bool Overdue(const Risk& risk, const std::string& today) {
  return ReviewOverdue(risk.what, today) ||
         std::any_of(risk.actions.begin(), risk.actions.end(),
                     [&](const actions::Action& a) { return actions::IsOverdue(a, today); });
}

bool AboveAppetite(const Risk& risk, const std::vector<Appetite>& appetites) {
  return Compare(Score(risk.what.current), AppetiteFor(appetites, risk.what.category)) ==
         AppetiteStance::kAbove;
}

Filter ParseFilter(std::string_view category, std::string_view band, std::string_view owner) {
  Filter filter;
  Problems problems;
  if (!category.empty()) {
    filter.category = ParseCategory(category);
    if (!filter.category) problems.Add("category must be " + NamesList(kCategories), "category");
  }
  if (!band.empty()) {
    filter.band = ParseBand(band);
    if (!filter.band) problems.Add("band must be " + NamesList(kBands), "band");
  }
  if (!owner.empty()) {
    filter.owner_member_id = ParseId(owner);
    if (!filter.owner_member_id) problems.Add("owner must be a board member's id", "owner");
  }
  problems.ThrowIfAny();
  return filter;
}

bool Matches(const Risk& risk, const Filter& filter) {
  return (!filter.category || risk.what.category == *filter.category) &&
         (!filter.band || BandOf(Score(risk.what.current)) == *filter.band) &&
         (!filter.owner_member_id || risk.what.owner_member_id == filter.owner_member_id);
}

Attention FindAttention(const std::vector<Risk>& risks, const std::vector<Appetite>& appetites,
                        const std::string& today) {
  Attention a;
  for (const Risk& r : risks) {
    if (AboveAppetite(r, appetites)) a.above_appetite.push_back(&r);
    if (ReviewOverdue(r.what, today)) a.late_reviews.push_back(&r);
    for (const actions::Action& action : r.actions) {
      if (actions::IsOverdue(action, today)) a.late_actions.emplace_back(&r, &action);
    }
  }
  return a;
}

Movement MovementOf(const Rating& current, const std::optional<Rating>& last_reviewed) {
  if (!last_reviewed) return Movement::kNew;
  const int now = Score(current);
  const int then = Score(*last_reviewed);
  if (now > then) return Movement::kUp;
  if (now < then) return Movement::kDown;
  return Movement::kUnchanged;
}

Movement MovementOf(const Risk& risk) {
  return MovementOf(risk.what.current, risk.last_review
                                           ? std::optional<Rating>(risk.last_review->current)
                                           : std::nullopt);
}

void CheckRisk(RiskInput& in, const RiskInput* kept) {
  Problems problems;
  problems.Check([&] { in.title = RequireText(in.title, "title"); });
  problems.Check([&] { in.objective = RequireText(in.objective, "objective", 400); });
  const auto text = [&](std::string& value, const char* field) {
    problems.Check([&] { value = OptionalText(value, field, kMaxRiskTextLength); });
  };
  text(in.cause, "cause");
  text(in.effect, "effect");
  if (!in.owner_member_id) problems.Add("choose the board member who owns the risk", "owner");
  problems.Check([&] {
    in.committee = OptionalText(in.committee, "committee", kMaxTitleLength, Lines::kOne);
  });
  CheckRating(problems, in.inherent, "inherent");
  CheckRating(problems, in.current, "current");
  CheckRating(problems, in.target, "target");
  // Controls reduce a risk: if it has grown since it was first scored, its inherent score
  // rises with it, so a current score above the inherent one is a slip to correct.
  const bool unchanged =
      kept != nullptr && kept->inherent == in.inherent && kept->current == in.current;
  if (Score(in.current) > Score(in.inherent) && InRange(in.inherent) && InRange(in.current) &&
      !unchanged) {
    problems.Add("the current score (" + std::to_string(Score(in.current)) +
                     ") must not be above the inherent score (" +
                     std::to_string(Score(in.inherent)) +
                     "): controls do not add to a risk, so if the risk has grown, raise the "
                     "inherent score too",
                 "current_likelihood");
  }
  if (Score(in.target) > Score(in.current) && InRange(in.current)) {
    problems.Add("the target score (" + std::to_string(Score(in.target)) +
                     ") must not be above the current score (" + std::to_string(Score(in.current)) +
                     ")",
                 "target_likelihood");
  }
  text(in.controls, "controls");
  text(in.control_gaps, "control_gaps");
  text(in.assurance_first, "assurance_first");
  text(in.assurance_second, "assurance_second");
  text(in.assurance_third, "assurance_third");
  text(in.assurance_gaps, "assurance_gaps");
  in.review_on = std::string(Trim(in.review_on));
  if (in.review_on.empty()) {
    problems.Add("give the date the board will next review the risk", "review_on");
  } else if (!IsValidDate(in.review_on)) {
    problems.Add("\"" + in.review_on + "\" is not a date written YYYY-MM-DD", "review_on");
  }
  problems.ThrowIfAny();
}

void CheckReviewDate(const std::string& review_on, const std::string& today,
                     const std::string& kept, const std::string& field) {
  if (IsValidDate(review_on) && review_on < today && review_on != kept) {
    throw Invalid("the date of the next review must be today or in the future", field);
  }
}

void CheckAppetite(Appetite& appetite) {
  if (appetite.max_score < 1 || appetite.max_score > kMaxScore) {
    throw Invalid("the highest score tolerated must be from 1 to 25", "max_score");
  }
}

void SortByCurrentScore(std::vector<Risk>& risks) {
  std::stable_sort(risks.begin(), risks.end(), [](const Risk& a, const Risk& b) {
    const int sa = Score(a.what.current);
    const int sb = Score(b.what.current);
    return sa != sb ? sa > sb : a.what.title < b.what.title;
  });
}

HeatMap PlaceOnHeatMap(const std::vector<Risk>& risks, ScoreKind which) {
  HeatMap map;
  for (std::size_t l = 0; l < map.size(); ++l) {
    for (std::size_t c = 0; c < map[l].size(); ++c) {
      map[l][c].at = {static_cast<int>(l) + 1, static_cast<int>(c) + 1};
    }
  }
  for (const Risk& r : risks) {
    const Rating& rating = ScoreOf(r.what, which);
    if (!InRange(rating)) continue;
    map.at(static_cast<std::size_t>(rating.likelihood - 1))
        .at(static_cast<std::size_t>(rating.consequence - 1))
        .risks.push_back(&r);
  }
  return map;
}

}  // namespace boardlens::risks
