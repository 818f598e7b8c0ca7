// The demo trust's digital risks on its Board Assurance Framework: fifteen risks spread over
// the heat map, two above appetite, one with an overdue review, one "risk of not acting", and
// reviews a month and four months ago so that movement shows.

#include <algorithm>
#include <array>
#include <stdexcept>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/actions/actions.hpp"
#include "boardlens/features/demo/demo_parts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/risks/risk_register.hpp"

namespace boardlens::demo {
namespace {

using risks::Category;
using risks::Rating;

struct DemoRisk {
  const char* title = nullptr;
  const char* objective = nullptr;
  const char* cause = nullptr;
  const char* effect = nullptr;
  const char* owner = nullptr;
  const char* committee = nullptr;
  Category category = Category::kDelivery;
  Rating inherent, reviewed, current, target;  ///< reviewed: at the last review
  const char* controls = nullptr;
  const char* control_gaps = nullptr;
  const char* first_line = nullptr;
  const char* second_line = nullptr;
  const char* third_line = nullptr;
  const char* assurance_gaps = nullptr;
  int review_in_days = 0;                 ///< from today; negative is overdue
  const char* blocks_proposal = nullptr;  ///< the name of a proposal in the demo portfolio
  const char* action = nullptr;           ///< one agreed action, or nullptr
  int action_due_in_days = 0;
};

constexpr const char* kSafe = "Safe, reliable care supported by digital services";
constexpr const char* kRecord = "One shared record for every patient";
constexpr const char* kPeople = "A workforce confident with digital tools";
constexpr const char* kValue = "Value for money from digital investment";
constexpr const char* kArc = "Audit and Risk Committee";
constexpr const char* kQuality = "Quality Committee";
constexpr const char* kPeopleCommittee = "People Committee";
constexpr const char* kFinance = "Finance and Performance Committee";
constexpr const char* kDigitalReports = "Monthly digital services report to the executive";
constexpr const char* kAudit = "Internal audit of IT general controls (reasonable assurance)";

// Fictional risks; the controls and assurances are typical of an NHS trust, not of any one.
constexpr std::array<DemoRisk, 14> kReviewed{{
    {"Ransomware attack stops clinical systems",
     kSafe,
     "Phishing, unpatched systems or a supplier's compromise lets attackers in",
     "Clinical systems unavailable for days; care delayed and records lost",
     "Omar Siddiqui",
     kArc,
     Category::kCyberSecurity,
     {5, 5},
     {3, 4},
     {4, 4},
     {2, 4},
     "Endpoint protection; monthly patching; immutable backups of the record",
     "Backups not restore-tested for every system",
     kDigitalReports,
     "Quarterly cyber report to the Audit and Risk Committee",
     "Data Security and Protection Toolkit audit",
     "No independent test of recovery time",
     45,
     nullptr,
     "Test a full restore of the patient record",
     60},
    {"Unsupported servers still run clinical applications",
     kSafe,
     "Applications that cannot move to supported platforms",
     "Vulnerabilities no supplier will fix",
     "Omar Siddiqui",
     kArc,
     Category::kCyberSecurity,
     {4, 4},
     {3, 3},
     {3, 3},
     {2, 3},
     "Servers isolated on their own network segment",
     "Two applications have no replacement date",
     kDigitalReports,
     "",
     kAudit,
     "",
     60,
     nullptr,
     nullptr,
     0},
    {"Staff credentials stolen by phishing",
     kSafe,
     "Convincing phishing emails and reused passwords",
     "Access to email and records by attackers",
     "Omar Siddiqui",
     kArc,
     Category::kCyberSecurity,
     {4, 4},
     {4, 3},
     {4, 2},
     {2, 2},
     "Multi-factor authentication for remote access; phishing exercises each quarter",
     "Multi-factor authentication not yet on all clinical systems",
     kDigitalReports,
     "Quarterly cyber report to the Audit and Risk Committee",
     "",
     "No independent assurance yet",
     75,
     nullptr,
     nullptr,
     0},
    {"Electronic patient record unavailable during the upgrade",
     kRecord,
     "A major version upgrade with a long cut-over",
     "Wards fall back to paper; results and medicines harder to track",
     "James Achebe",
     kQuality,
     Category::kServiceContinuity,
     {4, 5},
     {3, 4},
     {3, 4},
     {2, 4},
     "Business continuity plans and paper packs on every ward; read-only copy of the record",
     "Continuity plans not rehearsed in the emergency department",
     "Upgrade programme board",
     "Quality Committee deep dive",
     "",
     "No rehearsal evidence from two divisions",
     30,
     nullptr,
     "Rehearse downtime in the emergency department",
     21},
    {"Single network supplier outage",
     kSafe,
     "One supplier for all wide-area links",
     "Community teams and clinics cut off from systems",
     "James Achebe",
     kFinance,
     Category::kServiceContinuity,
     {3, 5},
     {2, 5},
     {2, 5},
     {1, 5},
     "Resilient links at the two main hospital sites",
     "Community clinics have one link each",
     kDigitalReports,
     "",
     "",
     "Supplier's own resilience not assured",
     90,
     nullptr,
     nullptr,
     0},
    {"Poor data quality in the record undermines clinical decisions",
     kRecord,
     "Inconsistent recording after go-live",
     "Wrong or missing information at the point of care",
     "Sarah Lindqvist",
     kQuality,
     Category::kClinicalSafety,
     {4, 4},
     {3, 4},
     {2, 4},
     {1, 4},
     "Data quality dashboards by ward; clinical coding audits",
     "",
     "Divisional data quality reports",
     "Quality Committee each quarter",
     "Clinical coding audit",
     "",
     40,
     nullptr,
     nullptr,
     0},
    {"Clinical safety cases not kept for new digital tools",
     kSafe,
     "Too few clinical safety officers for the pace of change",
     "Harm from a tool whose hazards were not assessed",
     "Sarah Lindqvist",
     kQuality,
     Category::kClinicalSafety,
     {3, 4},
     {2, 3},
     {2, 3},
     {1, 3},
     "Clinical safety officer sign-off before go-live (DCB0160)",
     "",
     "Clinical safety log",
     "Quality Committee",
     "",
     "No independent review of safety cases",
     50,
     nullptr,
     nullptr,
     0},
    {"Records shared with partners without agreements in place",
     kRecord,
     "Shared care record growing faster than data sharing agreements",
     "Unlawful sharing; loss of public trust",
     "Priya Raman",
     kArc,
     Category::kInformationGovernance,
     {3, 4},
     {2, 3},
     {2, 3},
     {1, 3},
     "Information governance review of every new flow",
     "",
     "Information governance group",
     "Audit and Risk Committee",
     "",
     "",
     55,
     nullptr,
     nullptr,
     0},
    {"Backlog of subject access requests",
     kValue,
     "Requests up by half in a year",
     "Statutory deadlines missed; complaints to the regulator",
     "Priya Raman",
     kArc,
     Category::kInformationGovernance,
     {4, 2},
     {2, 2},
     {3, 2},
     {2, 2},
     "Weekly backlog tracking",
     "No redaction tool",
     "Information governance group",
     "",
     "",
     "",
     35,
     nullptr,
     nullptr,
     0},
    {"National digital funding ends before programmes deliver",
     kValue,
     "One-off capital without recurring revenue",
     "Programmes stall or services cannot be run",
     "Priya Raman",
     kFinance,
     Category::kFinance,
     {4, 4},
     {3, 3},
     {3, 3},
     {2, 3},
     "Whole-life costs in every business case",
     "",
     "Finance and Performance Committee",
     "",
     "",
     "",
     65,
     nullptr,
     nullptr,
     0},
    {"Too few informatics staff and clinical safety officers",
     kPeople,
     "Vacancies and pay below the private sector",
     "Projects slow; safety work waits",
     "Ruth Penrose",
     kPeopleCommittee,
     Category::kWorkforce,
     {4, 4},
     {4, 3},
     {4, 3},
     {2, 3},
     "Recruitment and retention premia; apprenticeships",
     "",
     "Workforce report",
     "People Committee",
     "",
     "No assurance on retention",
     -14,
     nullptr,
     nullptr,
     0},
    {"Staff digital skills slow the take-up of new systems",
     kPeople,
     "Training squeezed by service pressures",
     "Benefits late; workarounds on wards",
     "Ruth Penrose",
     kPeopleCommittee,
     Category::kWorkforce,
     {4, 3},
     {3, 3},
     {3, 2},
     {2, 2},
     "Digital champions on each ward; protected training time",
     "",
     "Training completion reports",
     "",
     "",
     "",
     70,
     nullptr,
     nullptr,
     0},
    {"Data Security and Protection Toolkit standards not met",
     kSafe,
     "Evidence gaps across training and supplier assurance",
     "Standards not met; trust in us falls",
     "Omar Siddiqui",
     kArc,
     Category::kCompliance,
     {3, 4},
     {2, 4},
     {2, 4},
     {1, 4},
     "Toolkit evidence owner for every standard",
     "Training compliance at 89%",
     "Information governance group",
     "Audit and Risk Committee",
     "Toolkit audit",
     "",
     80,
     nullptr,
     "Reach 95% data security training",
     -10},
    {"Locked in to the record's supplier at renewal",
     kValue,
     "A long contract with few alternatives",
     "Costs rise at renewal",
     "Priya Raman",
     kFinance,
     Category::kDelivery,
     {2, 4},
     {1, 3},
     {1, 3},
     {1, 2},
     "Exit plan in the contract",
     "",
     "",
     "",
     "",
     "",
     85,
     nullptr,
     nullptr,
     0},
}};

/// The risk of not acting, added since the last review, so it shows as new.
constexpr DemoRisk kNotActing{
    "Staying on the ageing pathology results viewer",
    kRecord,
    "Delaying the move of results into the patient record",
    "Results missed when the old viewer fails; its contract ends within the year",
    "Sarah Lindqvist",
    kQuality,
    Category::kDelivery,
    {4, 4},
    {3, 4},
    {3, 4},
    {1, 3},
    "Supplier support extended for a year",
    "No support after the extension",
    kDigitalReports,
    "",
    "",
    "",
    28,
    "Results in the electronic patient record",
    nullptr,
    0};

constexpr std::array<risks::Appetite, 8> kAppetites{{
    {Category::kCyberSecurity, risks::AppetiteLevel::kCautious, 12, {}, 0},
    {Category::kInformationGovernance, risks::AppetiteLevel::kMinimal, 8, {}, 0},
    {Category::kClinicalSafety, risks::AppetiteLevel::kMinimal, 8, {}, 0},
    {Category::kServiceContinuity, risks::AppetiteLevel::kCautious, 10, {}, 0},
    {Category::kFinance, risks::AppetiteLevel::kCautious, 12, {}, 0},
    {Category::kWorkforce, risks::AppetiteLevel::kOpen, 12, {}, 0},
    {Category::kDelivery, risks::AppetiteLevel::kOpen, 15, {}, 0},
    {Category::kCompliance, risks::AppetiteLevel::kMinimal, 8, {}, 0},
}};

risks::RiskInput InputOf(const DemoRisk& d, Id owner, const std::string& review_on,
                         const std::vector<portfolio::Item>& portfolio = {}) {
  risks::RiskInput in;
  in.title = d.title;
  in.objective = d.objective;
  in.cause = d.cause;
  in.effect = d.effect;
  in.owner_member_id = owner;
  in.committee = d.committee;
  in.category = d.category;
  in.inherent = d.inherent;
  in.current = d.reviewed;
  in.target = d.target;
  in.controls = d.controls;
  in.control_gaps = d.control_gaps;
  in.assurance_first = d.first_line;
  in.assurance_second = d.second_line;
  in.assurance_third = d.third_line;
  in.assurance_gaps = d.assurance_gaps;
  in.review_on = review_on;
  if (d.blocks_proposal != nullptr) {
    const auto it = std::find_if(portfolio.begin(), portfolio.end(), [&](const auto& item) {
      return item.what.name == d.blocks_proposal;
    });
    if (it == portfolio.end()) throw std::logic_error("the demo portfolio lacks its proposal");
    in.blocks_item_id = it->id;
  }
  return in;
}

}  // namespace

void AddDemoRisks(Scope& scope, const std::string& ods, const Caller& secretary) {
  auto& organisations = scope.Get<orgs::Organisations>();
  auto& board = scope.Get<orgs::Board>();
  const std::int64_t today = scope.Get<Clock>().Now();
  // The register is played on a clock of its own, so the reviews fall on past dates.
  ManualClock then(today - 120 * kSecondsPerDay);
  auto& portfolio = scope.Get<portfolio::Portfolio>();
  actions::Actions agreed(scope.Get<db::Database>(), then, organisations, board,
                          scope.Get<rounds::Rounds>());
  risks::RiskRegister reg(scope.Get<db::Database>(), then, organisations, board, portfolio, agreed);
  const auto members = board.ListMembers(secretary, ods);
  const auto member = [&](const char* name) {
    return std::find_if(members.begin(), members.end(),
                        [&](const orgs::Member& m) { return m.name == name; })
        ->id;
  };
  for (const risks::Appetite& a : kAppetites) reg.SetAppetite(secretary, ods, a);
  const auto day = [&](int days) { return IsoDate(today + days * kSecondsPerDay); };

  std::vector<risks::Risk> added;
  for (const DemoRisk& d : kReviewed) {
    added.push_back(reg.Add(secretary, ods, InputOf(d, member(d.owner), day(d.review_in_days))));
    if (d.action != nullptr) {
      actions::ActionInput action;
      action.title = d.action;
      action.owner_member_id = member(d.owner);
      action.due_on = day(d.action_due_in_days);
      reg.AddAction(secretary, ods, added.back().id, action);
    }
  }
  // Reviewed four months ago and again last month at the scores they had then.
  for (const char* note : {"Quarterly review at the committee", "Reviewed before the board"}) {
    for (const risks::Risk& r : added) reg.RecordReview(secretary, ods, r.id, {note, ""});
    then.Set(today - 30 * kSecondsPerDay);
  }
  // Since then some scores have moved, and a new risk of not acting has been raised.
  then.Set(today - 3 * kSecondsPerDay);
  for (std::size_t i = 0; i < added.size(); ++i) {
    const DemoRisk& d = kReviewed.at(i);
    if (d.current == d.reviewed) continue;
    risks::RiskInput in = InputOf(d, member(d.owner), day(d.review_in_days));
    in.current = d.current;
    reg.Update(secretary, ods, added[i].id, in);
  }
  reg.Add(secretary, ods,
          InputOf(kNotActing, member(kNotActing.owner), day(kNotActing.review_in_days),
                  portfolio.List(secretary, ods)));
}

}  // namespace boardlens::demo
