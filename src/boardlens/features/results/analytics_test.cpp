#include "boardlens/features/results/analytics.hpp"
#include "boardlens/features/results/trends.hpp"

#include <gtest/gtest.h>

#include <random>

namespace boardlens::results {
namespace {

constexpr double kEps = 1e-9;
constexpr auto E = Membership::kExecutive;
constexpr auto N = Membership::kNonExecutive;

/// One item; respondent i gives ratings[i] (0 = don't know) with memberships[i].
RoundData OneItem(const std::vector<int>& ratings, const std::vector<Membership>& memberships) {
  RoundData d;
  d.items = {"outcomes"};
  d.previous_means = {std::nullopt};
  d.peer_means = {{}};
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    d.respondents.push_back(memberships.at(i));
    std::optional<std::int8_t> r;
    if (ratings[i] != 0) r = static_cast<std::int8_t>(ratings[i]);
    d.responses.push_back({static_cast<std::uint32_t>(i), 0, r});
  }
  return d;
}

TEST(Quantile, MatchesNumpyDefaultForOddAndEvenCounts) {
  // numpy.percentile([1,2,3,4], [25,50,75]) == [1.75, 2.5, 3.25]
  EXPECT_NEAR(Quantile({1, 2, 3, 4}, 0.25), 1.75, kEps);
  EXPECT_NEAR(Quantile({1, 2, 3, 4}, 0.5), 2.5, kEps);
  EXPECT_NEAR(Quantile({1, 2, 3, 4}, 0.75), 3.25, kEps);
  // numpy.percentile([1,2,4,5,5], [25,50,75]) == [2, 4, 5]
  EXPECT_NEAR(Quantile({1, 2, 4, 5, 5}, 0.25), 2.0, kEps);
  EXPECT_NEAR(Quantile({1, 2, 4, 5, 5}, 0.5), 4.0, kEps);
  EXPECT_NEAR(Quantile({1, 2, 4, 5, 5}, 0.75), 5.0, kEps);
  EXPECT_NEAR(Quantile({3}, 0.25), 3.0, kEps);
}

TEST(Results, OddCountWithTies) {
  const auto r = ComputeResults(OneItem({2, 2, 3, 5, 5}, {E, E, E, N, N})).items.at(0);
  EXPECT_EQ(r.n, 5);
  EXPECT_EQ(r.dont_know, 0);
  EXPECT_NEAR(*r.mean.value, 3.4, kEps);
  EXPECT_NEAR(*r.median.value, 3.0, kEps);
  EXPECT_NEAR(*r.q1.value, 2.0, kEps);
  EXPECT_NEAR(*r.q3.value, 5.0, kEps);
  EXPECT_NEAR(*r.iqr.value, 3.0, kEps);
  // |x - 3| <= 1 holds for 2, 2, 3: three of five.
  EXPECT_NEAR(*r.agreement.value, 0.6, kEps);
  EXPECT_NEAR(*r.dont_know_rate.value, 0.0, kEps);
  // Two non-executive ratings: suppressed, and the executive mean with them, since
  // 5 × mean − 3 × exec_mean would give the non-executives' total away.
  EXPECT_FALSE(r.ned_mean.value);
  EXPECT_FALSE(r.exec_mean.value);
  EXPECT_EQ(r.exec_mean.reason, r.ned_mean.reason);
  EXPECT_FALSE(r.gap.value);
  EXPECT_EQ(r.flags, kDisagreement);
}

TEST(Results, ALoneMembersDontKnowCannotBeReadFromTheSubgroups) {
  // Three executives rate; the only non-executive says "don't know". The executive mean would
  // equal the item mean and so show what the non-executive said; and the reason given must be
  // the one they would get had they rated.
  const auto dont_know = ComputeResults(OneItem({2, 3, 4, 0}, {E, E, E, N})).items.at(0);
  const auto rated = ComputeResults(OneItem({2, 3, 4, 5}, {E, E, E, N})).items.at(0);
  for (const auto* r : {&dont_know, &rated}) {
    EXPECT_FALSE(r->exec_mean.value);
    EXPECT_FALSE(r->ned_mean.value);
    EXPECT_FALSE(r->gap.value);
  }
  EXPECT_EQ(dont_know.exec_mean.reason, rated.exec_mean.reason);
  EXPECT_EQ(dont_know.ned_mean.reason, rated.ned_mean.reason);

  // Three or more on each side who all say "don't know" hide no one: there is nothing to show.
  const auto many = ComputeResults(OneItem({2, 3, 4, 0, 0, 0}, {E, E, E, N, N, N})).items.at(0);
  EXPECT_NEAR(*many.exec_mean.value, 3.0, kEps);
  EXPECT_EQ(many.ned_mean.reason, "no non-executive ratings");
}

TEST(Results, EvenCountInterpolates) {
  const auto r = ComputeResults(OneItem({1, 2, 4, 4, 5, 5}, {E, E, E, N, N, N})).items.at(0);
  EXPECT_NEAR(*r.median.value, 4.0, kEps);
  EXPECT_NEAR(*r.q1.value, 2.5, kEps);   // h = 1.25 → 2 + 0.25 × 2
  EXPECT_NEAR(*r.q3.value, 4.75, kEps);  // h = 3.75 → 4 + 0.75 × 1
  EXPECT_NEAR(*r.iqr.value, 2.25, kEps);
  EXPECT_NEAR(*r.exec_mean.value, 7.0 / 3.0, kEps);
  EXPECT_NEAR(*r.ned_mean.value, 14.0 / 3.0, kEps);
  EXPECT_NEAR(*r.gap.value, -7.0 / 3.0, kEps);
  EXPECT_EQ(r.flags, kDisagreement | kOwnershipGap);
}

TEST(Results, AllDontKnowGivesNullsNotZeros) {
  const auto res = ComputeResults(OneItem({0, 0, 0}, {E, N, N}));
  const auto& r = res.items.at(0);
  EXPECT_EQ(r.n, 0);
  EXPECT_EQ(r.dont_know, 3);
  for (const Stat* s : {&r.mean, &r.median, &r.q1, &r.q3, &r.iqr, &r.agreement, &r.exec_mean,
                        &r.ned_mean, &r.gap, &r.change, &r.percentile}) {
    EXPECT_FALSE(s->value);
    EXPECT_FALSE(s->reason.empty());
  }
  EXPECT_NEAR(*r.dont_know_rate.value, 1.0, kEps);
  EXPECT_EQ(r.flags, kBlindSpot);
  EXPECT_FALSE(res.overall.value);
  EXPECT_EQ(res.respondents.executive, 1);
  EXPECT_EQ(res.respondents.non_executive, 2);
}

TEST(Results, BlindSpotAtExactlyAQuarter) {
  const auto at = ComputeResults(OneItem({3, 3, 3, 0}, {E, E, N, N})).items.at(0);
  EXPECT_NEAR(*at.dont_know_rate.value, 0.25, kEps);
  EXPECT_TRUE(at.flags & kBlindSpot);
  const auto below = ComputeResults(OneItem({3, 3, 3, 3, 0}, {E, E, N, N, N})).items.at(0);
  EXPECT_FALSE(below.flags & kBlindSpot);
}

TEST(Results, SubgroupSuppressedAtTwoShownAtThree) {
  const auto two = ComputeResults(OneItem({4, 4, 1, 1, 1}, {E, E, N, N, N})).items.at(0);
  EXPECT_FALSE(two.exec_mean.value);
  EXPECT_FALSE(two.ned_mean.value);  // hidden with it
  EXPECT_FALSE(two.gap.value);
  EXPECT_NEAR(*two.mean.value, 2.2, kEps);
  // With no executive at all, the non-executive mean is the item mean: nothing hides.
  const auto none = ComputeResults(OneItem({1, 1, 2}, {N, N, N})).items.at(0);
  EXPECT_EQ(none.exec_mean.reason, "no executive ratings");
  EXPECT_NEAR(*none.ned_mean.value, 4.0 / 3.0, kEps);
  const auto three = ComputeResults(OneItem({4, 4, 4, 1, 1, 1}, {E, E, E, N, N, N})).items.at(0);
  EXPECT_NEAR(*three.gap.value, 3.0, kEps);
  EXPECT_TRUE(three.flags & kOwnershipGap);
}

TEST(Results, AnswersByMembershipHideWhenTheMeansDo) {
  // Three on each side, with a don't know: each side's answers are shown.
  const auto shown =
      ComputeResults(OneItem({4, 4, 5, 1, 2, 0, 2}, {E, E, E, N, N, N, N})).items.at(0);
  ASSERT_TRUE(shown.by_membership);
  const auto& [exec, ned] = *shown.by_membership;
  EXPECT_EQ(exec.rated, (std::array<int, 5>{0, 0, 0, 2, 1}));
  EXPECT_EQ(exec.dont_know, 0);
  EXPECT_EQ(ned.rated, (std::array<int, 5>{1, 2, 0, 0, 0}));
  EXPECT_EQ(ned.dont_know, 1);
  // Two of one side rated, or one answered at all: hidden with the means.
  for (const auto& r : {ComputeResults(OneItem({4, 4, 1, 1, 1}, {E, E, N, N, N})).items.at(0),
                        ComputeResults(OneItem({2, 3, 4, 0}, {E, E, E, N})).items.at(0)}) {
    EXPECT_FALSE(r.by_membership);
    EXPECT_FALSE(r.exec_mean.value);
  }
  // Nor when the item's own figures are hidden: here everyone said "don't know".
  EXPECT_FALSE(
      ComputeResults(OneItem({0, 0, 0, 0, 0, 0}, {E, E, E, N, N, N})).items.at(0).by_membership);
}

TEST(Results, OwnershipGapOfExactlyOneDespiteRounding) {
  // 13/3 − 10/3 is 0.99999999999999956 in binary; the gap is still one.
  const auto r = ComputeResults(OneItem({5, 4, 4, 4, 3, 3}, {E, E, E, N, N, N})).items.at(0);
  EXPECT_NEAR(*r.gap.value, 1.0, kEps);
  EXPECT_TRUE(r.flags & kOwnershipGap);
}

TEST(Results, DontKnowIsNotARatingForSubgroups) {
  const auto r = ComputeResults(OneItem({4, 4, 0, 2, 2, 2}, {E, E, E, N, N, N})).items.at(0);
  EXPECT_FALSE(r.exec_mean.value);  // two executive ratings and a don't know
  EXPECT_NEAR(*r.dont_know_rate.value, 1.0 / 6.0, kEps);
}

TEST(Results, PeerComparisonSuppressedAtFourShownAtFive) {
  RoundData d = OneItem({3, 3, 3}, {E, E, N});
  d.peer_means = {{1.0, 2.0, 3.0, 4.0}};  // four peers: one short
  EXPECT_FALSE(ComputeResults(d).items[0].percentile.value);
  EXPECT_EQ(ComputeResults(d).items[0].peers, 4);
  d.peer_means = {{1.0, 2.0, 3.0, 4.0, 3.0}};
  const auto r = ComputeResults(d).items[0];
  // two below, two equal: 100 × (2 + 1) / 5
  EXPECT_NEAR(*r.percentile.value, 60.0, kEps);
  EXPECT_EQ(r.peers, 5);
}

TEST(Results, ItemStatisticsNeedThreeRatings) {
  const auto two = ComputeResults(OneItem({2, 5, 0}, {E, N, N})).items.at(0);
  EXPECT_EQ(two.n, 2);
  EXPECT_EQ(two.dont_know, 1);
  for (const Stat* s : {&two.mean, &two.median, &two.q1, &two.q3, &two.iqr, &two.agreement,
                        &two.change, &two.percentile}) {
    EXPECT_FALSE(s->value);
    EXPECT_EQ(s->reason, "fewer than 3 ratings, so they are not shown");
  }
  EXPECT_NEAR(*two.dont_know_rate.value, 1.0 / 3.0, kEps);
  Thresholds stricter;
  stricter.min_ratings = 4;
  EXPECT_FALSE(ComputeResults(OneItem({2, 5, 4}, {E, N, N}), stricter).items[0].mean.value);
  EXPECT_TRUE(ComputeResults(OneItem({2, 5, 4}, {E, N, N})).items[0].mean.value);
}

TEST(Results, ChangeAgainstPreviousRound) {
  RoundData d = OneItem({3, 4, 4, 4}, {E, N, N, N});
  EXPECT_FALSE(ComputeResults(d).items[0].change.value);
  d.has_previous_round = true;
  EXPECT_FALSE(ComputeResults(d).items[0].change.value);  // previous mean null
  d.previous_means = {2.5};
  EXPECT_NEAR(*ComputeResults(d).items[0].change.value, 1.25, kEps);
}

TEST(Results, OverallIsMeanOfItemMeansSkippingNulls) {
  RoundData d;
  d.items = {"a", "b", "c"};
  d.previous_means.assign(3, std::nullopt);
  d.peer_means.assign(3, {});
  d.respondents = {E, N, N};
  // a: 5, 4, 3 (mean 4); b: 1, 2, 3 (mean 2); c: two ratings only, so no mean.
  d.responses = {{0, 0, 5}, {1, 0, 4}, {2, 0, 3}, {0, 1, 1},           {1, 1, 2},
                 {2, 1, 3}, {0, 2, 5}, {1, 2, 5}, {2, 2, std::nullopt}};
  const auto res = ComputeResults(d);
  EXPECT_NEAR(*res.overall.value, (4.0 + 2.0) / 2.0, kEps);
  EXPECT_FALSE(res.items[2].mean.value);
}

TEST(Trend, ChangeSinceFirstAddsUpFromTheShownFigures) {
  // Shown as 2.9 and 3.1: the change reads +0.2, not the +0.12 between the raw means.
  EXPECT_NEAR(*ChangeSinceFirst({2.94, std::nullopt, 3.06}), 0.2, kEps);
  EXPECT_NEAR(*ChangeSinceFirst({std::nullopt, 3.0, 2.5, std::nullopt}), -0.5, kEps);
  EXPECT_FALSE(ChangeSinceFirst({std::nullopt, 3.0, std::nullopt}));  // one mean: no change
  EXPECT_FALSE(ChangeSinceFirst({}));
}

// Issue 19, found in use 18: a percentile of 17 among 6 peers read "about a fifth".
TEST(Standing, AmongFewPeersIsSaidInCountsNotFractions) {
  const std::vector<double> six{3.0, 3.5, 3.6, 4.0, 4.2, 2.0};
  const PeerStanding s = StandingAmong(2.5, six);
  EXPECT_EQ(s.below, 1);
  EXPECT_EQ(s.above, 5);
  EXPECT_NEAR(PeerPercentile(2.5, six), 100.0 / 6, 1e-9);
  EXPECT_EQ(StandingWords(s), "Lower than 5 of 6 peers");
  EXPECT_EQ(StandingWords(StandingAmong(3.8, six)), "Higher than 4 of 6 peers");
  EXPECT_EQ(StandingWords(StandingAmong(3.5, six)), "Lower than 3 of 6 peers, level with 1");
  EXPECT_EQ(StandingWords(StandingAmong(3.6, six)), "Higher than 3 of 6 peers, level with 1");
  EXPECT_EQ(StandingWords(StandingAmong(5.0, six)), "Higher than all 6 peers");
  EXPECT_EQ(StandingWords(StandingAmong(1.0, six)), "Lower than all 6 peers");
  EXPECT_EQ(StandingWords(StandingAmong(3.0, {3.0, 3.0})), "Level with all 2 peers");
}

}  // namespace
}  // namespace boardlens::results
