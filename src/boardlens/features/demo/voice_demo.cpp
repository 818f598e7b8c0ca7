// The demo trust's user voice: a year of reports from staff and patients, enough each month
// for most figures to show and a few small ones to be suppressed; one service's reports rise
// month on month; and a "you said, we did" log with two entries published.

#include <array>
#include <random>
#include <string_view>

#include "boardlens/base/clock.hpp"
#include "boardlens/features/demo/demo.hpp"
#include "boardlens/features/voice/voice.hpp"

namespace boardlens::demo {
namespace {

/// What people wrote, by what got in the way (in the order of voice::Barriers()).
constexpr std::array<std::array<const char*, 2>, voice::kBarrierCount> kTexts{{
    {"The login screen rejected my smartcard twice before it worked.",
     "I was locked out after the password change and waited a day for a reset."},
    {"Each page took about half a minute to load during the morning handover.",
     "It froze while saving and I had to start again."},
    {"It showed an error when I tried to book and the booking never appeared.",
     "The results page was blank for the whole shift."},
    {"I could not find where to change my appointment.",
     "The words on the screen did not match what the letter told me to do."},
    {"My screen reader could not read the buttons on the form.",
     "The text was too small and did not get bigger when I zoomed."},
    {"I typed the same patient details into two systems.",
     "It asked for my NHS number again on every page."},
    {"There is no computer free on the ward at the start of a shift.",
     "I do not have mobile data at home, so I could not open the link."},
    {"The letter said to use the app but the app was not in my app store.",
     "Nobody told us the old system had been switched off."},
}};

/// The service whose reports rise: the patient portal, if the demo register has it.
constexpr std::string_view kRising = "Patient portal";

/// Which service a report is about (index `services` is "something else"): the rising one
/// takes more each month, and one is quiet enough to be suppressed most months.
std::size_t PickService(std::mt19937& rng, std::size_t services, std::size_t rising, int month) {
  if (services == 0) return 0;
  std::vector<double> weights(services + 1, 6.0);
  weights[rising] = 5.0 + 2.5 * month;
  if (services > 2) weights[rising == services - 1 ? 0 : services - 1] = 1.5;
  weights[services] = 4.0;
  return std::discrete_distribution<std::size_t>(weights.begin(), weights.end())(rng);
}

}  // namespace

void LoadVoiceDemo(Scope& services, const std::string& ods) {
  auto& voice = services.Get<voice::Voice>();
  const Caller op = Caller::Operator();
  const auto form = voice.Form(voice.Link(op, ods));
  std::vector<std::string> ids;
  std::size_t rising = 0;
  if (form) {
    for (const auto& s : form->services) {
      if (s.name == kRising) rising = ids.size();
      ids.push_back(std::to_string(*s.id));
    }
  }
  std::mt19937 rng(2026);
  const std::string today = voice.Today();
  const auto months = voice::MonthsEnding(today, 12);
  const std::array<double, voice::kBarrierCount> barrier_weights{30, 24, 15, 12, 4, 10, 3, 5};
  std::discrete_distribution<std::size_t> barrier(barrier_weights.begin(), barrier_weights.end());
  std::vector<std::pair<std::string, voice::ReportInput>> reports;
  for (int m = 0; m < static_cast<int>(months.size()); ++m) {
    const int count = 200 + static_cast<int>(rng() % 30) + 10 * m;
    const int last_day = months[static_cast<std::size_t>(m)] == today.substr(0, 7)
                             ? std::stoi(today.substr(8, 2))
                             : 28;
    for (int i = 0; i < count; ++i) {
      voice::ReportInput in;
      const std::size_t service = PickService(rng, ids.size(), rising, m);
      const bool worse = !ids.empty() && service == rising;
      in.service = service < ids.size() ? ids[service] : "other";
      // Staff report on staff systems and patients on theirs, as the form offers them.
      const bool staff = service >= ids.size() || form->services[service].for_staff;
      const bool patient = service >= ids.size() || form->services[service].for_patients;
      in.reporter = staff && (!patient || rng() % 10 < 7) ? "staff" : "patient";
      const std::size_t first = worse && rng() % 2 == 0 ? 1 : barrier(rng);  // too slow
      in.barriers = {std::string(voice::ToString(static_cast<voice::Barrier>(first)))};
      if (rng() % 4 == 0) {
        in.barriers.emplace_back(voice::ToString(static_cast<voice::Barrier>(barrier(rng))));
      }
      if (rng() % 3 == 0) in.what_happened = kTexts.at(first).at(rng() % 2);
      in.how_often = std::string(voice::HowOftens()[rng() % 4].name);
      in.impact = std::string(voice::Impacts()[rng() % 4].name);
      // The rising service is disliked more; don't know is rare.
      const std::array<double, 6> fft = worse ? std::array<double, 6>{5, 15, 15, 30, 30, 5}
                                              : std::array<double, 6>{20, 35, 20, 12, 8, 5};
      in.fft = std::string(
          voice::FftAnswers()[std::discrete_distribution<std::size_t>(fft.begin(), fft.end())(rng)]
              .name);
      const int day = 1 + static_cast<int>(rng() % static_cast<unsigned>(last_day));
      reports.emplace_back(
          months[static_cast<std::size_t>(m)] + (day < 10 ? "-0" : "-") + std::to_string(day),
          std::move(in));
    }
  }
  voice.ImportReports(op, ods, reports);

  const std::array<voice::ChangeInput, 3> log{{
      {"Staff told us the login screen rejected smartcards at the start of shifts.",
       "We replaced the card readers on the three busiest wards and added a support number to "
       "the login screen.",
       months[3] + "-14", true},
      {"Patients told us they were asked for their NHS number on every page of the portal.",
       "The portal now remembers it for the whole visit.", months[7] + "-02", true},
      {"Staff told us rostering is slow during the morning handover.",
       "We are moving the nightly data load out of working hours; the board reviews it next "
       "quarter.",
       months[10] + "-20", false},
  }};
  for (const auto& entry : log) voice.AddChange(op, ods, entry);
}

}  // namespace boardlens::demo
