#include "boardlens/features/voice/json.hpp"

#include <cmath>

#include "boardlens/base/clock.hpp"
#include "boardlens/base/error.hpp"

namespace boardlens::voice {

using http::Json;

Json ToJson(const Shown& count) {
  if (count) return {{"count", *count}, {"suppressed", false}};
  return {{"count", nullptr}, {"suppressed", true}, {"reason", HiddenCode(count.why())}};
}

namespace {
Json ServiceJson(const ServiceLabel& s) {
  return {{"id", s.id ? Json(*s.id) : Json(nullptr)}, {"name", s.name}};
}
/// One decimal place is as precise as a percentage of a few dozen answers deserves.
Json Percent(const std::optional<double>& p) {
  return p ? Json(std::round(*p * 10) / 10) : Json(nullptr);
}
/// Why a percentage is hidden, or null when it is shown.
Json ReasonOf(const ShownPercent& p) { return p.value ? Json(nullptr) : Json(HiddenCode(p.why)); }
}  // namespace

Json ToJson(const Summary& s, const std::string& link) {
  Json months = Json::array();
  for (const MonthRow& m : s.by_month) {
    months.push_back({{"month", m.month},
                      {"reports", ToJson(m.reports)},
                      {"fft_answers", ToJson(m.fft_answers)},
                      {"fft_positive_percent", Percent(m.fft_positive.value)},
                      {"fft_positive_hidden", ReasonOf(m.fft_positive)}});
  }
  Json services = Json::array();
  for (const ServiceRow& row : s.by_service) {
    Json cells = Json::array();
    for (std::size_t i = 0; i < s.months.size(); ++i) {
      cells.push_back({{"month", s.months[i]}, {"reports", ToJson(row.by_month[i])}});
    }
    services.push_back(
        {{"service", ServiceJson(row.service)}, {"total", ToJson(row.total)}, {"months", cells}});
  }
  Json themes = Json::array();
  for (const Theme& t : s.themes) {
    themes.push_back({{"barrier", ToString(t.barrier)},
                      {"label", LabelOf(t.barrier)},
                      {"reports", ToJson(t.reports)}});
  }
  return {{"link", link},
          {"months", s.months},
          {"minimum_responses", kMinResponses},
          {"total", ToJson(s.total)},
          {"by_month", months},
          {"by_service", services},
          {"themes", themes},
          {"reporters", {{"staff", ToJson(s.staff)}, {"patient", ToJson(s.patients)}}}};
}

Json ToJson(const ReportRow& row) {
  const Report& r = row.report;
  Json barriers = Json::array();
  for (const Barrier b : r.barriers) barriers.push_back(ToString(b));
  return {
      {"id", r.id},
      {"received_on", r.received_on},
      {"service", ServiceJson({r.service_id, r.service_id ? row.service_name : "Something else"})},
      {"reporter", ToString(r.reporter)},
      {"barriers", barriers},
      {"what_happened", r.what_happened},
      {"how_often", ToString(r.how_often)},
      {"impact", ToString(r.impact)},
      {"fft", ToString(r.fft)},
      {"contact", r.contact.empty() ? Json(nullptr) : Json(r.contact)}};
}

Json ToJson(const Change& c) {
  return {{"id", c.id},
          {"heard", c.what.heard},
          {"did", c.what.did},
          {"done_on", c.what.done_on},
          {"published", c.what.published},
          {"created_at", IsoTime(c.created_at)},
          {"updated_at", IsoTime(c.updated_at)}};
}

ChangeInput ChangeFromJson(const Json& body) {
  ChangeInput in;
  Problems problems;
  problems.Check([&] { in.heard = http::String(body, "heard"); });
  problems.Check([&] { in.did = http::String(body, "did"); });
  problems.Check([&] { in.done_on = http::String(body, "done_on"); });
  problems.Check([&] { in.published = http::Bool(body, "published", false); });
  problems.ThrowIfAny([copy = in]() mutable { CheckChange(copy); });
  return in;
}

}  // namespace boardlens::voice
