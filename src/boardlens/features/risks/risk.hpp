#pragma once
/// Digital risks on the Board Assurance Framework: the records and the rules, without I/O.
/// Scores are on the NHS 5x5 matrix (DESIGN.md): likelihood x consequence, each 1 to 5.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/features/actions/action.hpp"

namespace boardlens::risks {

/// A likelihood and a consequence, each 1 (rare, negligible) to 5 (almost certain,
/// catastrophic).
struct Rating {
  int likelihood = 0;
  int consequence = 0;
  bool operator==(const Rating&) const = default;
};

enum class Band : std::uint8_t { kLow, kModerate, kHigh, kExtreme };

/// The kinds of digital risk a board weighs; the organisation keeps one appetite for each.
enum class Category : std::uint8_t {
  kCyberSecurity,
  kInformationGovernance,
  kClinicalSafety,
  kServiceContinuity,
  kFinance,
  kWorkforce,
  kDelivery,
  kCompliance
};
inline constexpr std::array<Category, 8> kAllCategories{
    Category::kCyberSecurity,  Category::kInformationGovernance,
    Category::kClinicalSafety, Category::kServiceContinuity,
    Category::kFinance,        Category::kWorkforce,
    Category::kDelivery,       Category::kCompliance};

/// Risk appetite in the words NHS boards use, from least to most willing.
enum class AppetiteLevel : std::uint8_t { kAverse, kMinimal, kCautious, kOpen, kSeek };
inline constexpr std::array<AppetiteLevel, 5> kAllLevels{
    AppetiteLevel::kAverse, AppetiteLevel::kMinimal, AppetiteLevel::kCautious, AppetiteLevel::kOpen,
    AppetiteLevel::kSeek};

/// The organisation's appetite for one category: the highest current score it tolerates.
struct Appetite {
  Category category = Category::kCyberSecurity;
  AppetiteLevel level = AppetiteLevel::kCautious;
  int max_score = 0;
  std::optional<Id> updated_by;
  std::int64_t updated_at = 0;
};

enum class AppetiteStance : std::uint8_t { kNotSet, kWithin, kAbove };

/// Which of a risk's three scores.
enum class ScoreKind : std::uint8_t { kInherent, kCurrent, kTarget };
inline constexpr std::array<ScoreKind, 3> kAllScoreKinds{ScoreKind::kInherent, ScoreKind::kCurrent,
                                                         ScoreKind::kTarget};

/// How a score moved since the board last reviewed the risk.
enum class Movement : std::uint8_t { kNew, kUp, kDown, kUnchanged };

/// What a person asks to record or change.
struct RiskInput {
  std::string title;
  std::string objective;  ///< the strategic objective the risk threatens
  std::string cause;
  std::string effect;
  std::optional<Id> owner_member_id;  ///< a board member
  std::string committee;              ///< the lead committee, e.g. Audit and Risk Committee
  Category category = Category::kCyberSecurity;
  Rating inherent, current, target;
  std::string controls;
  std::string control_gaps;
  std::string assurance_first;   ///< first line: management
  std::string assurance_second;  ///< second line: board committee or oversight
  std::string assurance_third;   ///< third line: independent, such as internal audit
  std::string assurance_gaps;
  std::string review_on;  ///< YYYY-MM-DD: when the board next reviews it
  /// For "the risk of not acting": the portfolio's proposal that not going ahead with would
  /// leave this risk in place.
  std::optional<Id> blocks_item_id;
};

/// A review: the current score as the board saw it, by whom and when.
struct Review {
  Id id = 0;
  Rating current;
  std::string note;
  std::optional<Id> reviewed_by;
  std::string reviewer_name;  ///< the account's name, or empty for the operator
  std::int64_t reviewed_at = 0;
};

struct Risk {
  Id id = 0;
  Id org_id = 0;
  RiskInput what;
  std::string owner_name;
  std::string blocks_item_name;  ///< the proposal's name, as read
  /// What the board agreed to do about it: actions of the one log raised on the risk, by due
  /// date.
  std::vector<actions::Action> actions;
  std::optional<Review> last_review;  ///< the latest
  std::optional<Id> updated_by;
  std::int64_t created_at = 0, updated_at = 0;
};

inline constexpr std::size_t kMaxRiskTextLength = 4000;
inline constexpr int kMaxScore = 25;

std::string_view ToString(Band band);
/// "Extreme", for pages.
std::string_view BandLabel(Band band);
std::optional<Band> ParseBand(std::string_view text);
std::string_view ToString(Category category);
std::string_view CategoryLabel(Category category);
std::optional<Category> ParseCategory(std::string_view text);
std::string_view ToString(AppetiteLevel level);
std::string_view LevelLabel(AppetiteLevel level);
std::optional<AppetiteLevel> ParseLevel(std::string_view text);
std::string_view ToString(ScoreKind kind);
std::optional<ScoreKind> ParseScoreKind(std::string_view text);
std::string_view ToString(Movement movement);
/// The words the functions above read and write, in order: for messages and the API's
/// description, so that neither lists them again.
std::vector<std::string_view> BandNames();
std::vector<std::string_view> CategoryNames();
std::vector<std::string_view> LevelNames();
std::vector<std::string_view> ScoreKindNames();
std::vector<std::string_view> MovementNames();
/// "Almost certain", "Catastrophic": the matrix's words for 1 to 5.
std::string_view LikelihoodLabel(int likelihood);
std::string_view ConsequenceLabel(int consequence);

/// Likelihood x consequence, 1 to 25.
int Score(const Rating& rating);
/// The band a score falls in (ScoresText gives each band's scores); 7, 11, 13 and 14 cannot
/// occur and fall in the band below the next boundary.
Band BandOf(int score);
/// The scores a band covers, as the key and the register's help say them: "8 to 12".
std::string ScoresText(Band band);
/// Every band, lowest first.
inline constexpr std::array<Band, 4> kAllBands{Band::kLow, Band::kModerate, Band::kHigh,
                                               Band::kExtreme};
const Rating& ScoreOf(const RiskInput& risk, ScoreKind which);
Rating& ScoreOf(RiskInput& risk, ScoreKind which);
/// A likelihood or consequence as typed (a form, a CSV cell); 0, which CheckRisk refuses
/// under the level's own name, when it is not a whole number.
int LevelFromText(std::string_view text);

/// Within or above the appetite for the risk's category; kNotSet when there is none.
AppetiteStance Compare(int current_score, const std::optional<Appetite>& appetite);
/// The appetite for `category` among `appetites`, if the organisation has set one.
std::optional<Appetite> AppetiteFor(const std::vector<Appetite>& appetites, Category category);

/// The review date is before `today`.
bool ReviewOverdue(const RiskInput& risk, const std::string& today);
/// Its review or any open action is overdue.
bool Overdue(const Risk& risk, const std::string& today);

/// The current score is above the appetite the board set for the risk's category.
bool AboveAppetite(const Risk& risk, const std::vector<Appetite>& appetites);

/// Which risks a list shows; an empty field shows every risk.
struct Filter {
  std::optional<Category> category;
  std::optional<Band> band;  ///< of the current score
  std::optional<Id> owner_member_id;
};
/// A filter from the words a query string uses: a category's and a band's names and a board
/// member's id, each optional. Throws one Invalid naming each word it does not know.
Filter ParseFilter(std::string_view category, std::string_view band, std::string_view owner);
bool Matches(const Risk& risk, const Filter& filter);

/// What in a register needs the board's attention, in the register's order: risks above the
/// appetite, reviews past their date, and open actions past theirs.
struct Attention {
  std::vector<const Risk*> above_appetite;
  std::vector<const Risk*> late_reviews;
  std::vector<std::pair<const Risk*, const actions::Action*>> late_actions;
};
/// Points into `risks`, which must outlive it.
Attention FindAttention(const std::vector<Risk>& risks, const std::vector<Appetite>& appetites,
                        const std::string& today);

/// The current score against the one recorded at the last review; kNew with no review.
Movement MovementOf(const Rating& current, const std::optional<Rating>& last_reviewed);
/// The movement of a risk's current score since its last review.
Movement MovementOf(const Risk& risk);

/// Trims and checks every field at once: text, owner, 1-5 ratings, the current score not above
/// the inherent one and the target not above the current one, a real review date. Throws one
/// Invalid naming each field at fault. A risk may keep the inherent and current scores it has
/// (`kept`, the risk as stored) though the current is above the inherent: only a change is
/// held to that rule, so a register kept before it still edits and imports back.
void CheckRisk(RiskInput& input, const RiskInput* kept = nullptr);
/// The board's next review of a risk is today or later (dates YYYY-MM-DD). A risk may keep the
/// date it has (`kept`): an overdue review stays overdue, and an exported register imports
/// back, until the board records a review. Throws Invalid at `field`.
void CheckReviewDate(const std::string& review_on, const std::string& today,
                     const std::string& kept = {}, const std::string& field = "review_on");
void CheckAppetite(Appetite& appetite);

/// The register's order: highest current score first, then title.
void SortByCurrentScore(std::vector<Risk>& risks);

/// A square of the heat map and the risks whose score places them in it. The page, its CSV
/// and the API all read the map from here.
struct HeatCell {
  Rating at;  ///< its likelihood and consequence
  std::vector<const Risk*> risks;
  int score() const { return Score(at); }
  Band band() const { return BandOf(score()); }
};
/// The 5 x 5 map of the `which` score: cell [likelihood - 1][consequence - 1]. It points into
/// `risks`, which must outlive it.
using HeatMap = std::array<std::array<HeatCell, 5>, 5>;
HeatMap PlaceOnHeatMap(const std::vector<Risk>& risks, ScoreKind which);

}  // namespace boardlens::risks
