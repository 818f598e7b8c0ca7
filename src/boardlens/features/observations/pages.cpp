// What the board has seen: the observations a visitor may see, the secretary's requests, one
// observation's page, deleting one's own, and the CSV of the list.

#include "boardlens/features/observations/feature.hpp"
#include "boardlens/features/observations/observations.hpp"
#include "boardlens/features/observations/page_parts.hpp"
#include "boardlens/features/observations/subject_names.hpp"

namespace boardlens::observations {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

Html RequestsPanel(Visit& v, Observations& observations, const SubjectNames& names,
                   const std::vector<Observation>& seen, bool observer) {
  const std::string today = observations.Today();
  Html items;
  for (const auto& r : observations.Requests(v.caller, v.ods())) {
    if (!IsOpen(r, today)) continue;
    const Subject service{SubjectKind::kService, *r.what.service_id};
    const int answers = AnswersTo(r, seen);
    items += Render(
        "<li><p><strong>{}</strong>, before the meeting on {}. {}</p><p class=\"nhsuk-body-s\">"
        "Asked by {} on {}. {} shared so far.{}</p></li>",
        names.Of(service), DateText(r.what.meeting_on), r.what.ask, r.asked_by_name,
        DateText(r.created_at),
        answers == 1 ? std::string("1 observation") : std::to_string(answers) + " observations",
        observer
            ? Render(" <a href=\"{}\">Record what you saw<span class=\"nhsuk-u-visually-"
                     "hidden\"> of {}</span></a>",
                     v.OrgPath("/observations/new?subject=service-" + std::to_string(service.id)),
                     names.Of(service))
            : Html());
  }
  Html out;
  if (!items.empty()) {
    out += Render(
        "<h2>What the secretary has asked the board to see</h2><ul class=\"nhsuk-list "
        "nhsuk-list--bullet\">{}</ul>",
        items);
  }
  if (v.org().role >= Role::kSecretary) {
    out += Render(
        "<a class=\"nhsuk-button nhsuk-button--secondary\" href=\"{}\">Ask the board to see a "
        "service</a>",
        v.OrgPath("/observations/requests/new"));
  }
  return out;
}

Table ObservationTable(Visit& v, const std::vector<Observation>& list, const SubjectNames& names,
                       std::string caption, bool with_author) {
  Table table;
  table.caption = std::move(caption);
  table.headings = {"Seen", "About", "Occasion", "Place", "How well it worked"};
  if (with_author) table.headings.emplace_back("By");
  for (const auto& o : list) {
    std::vector<Html> row{
        Render("<a href=\"{}\">{}</a>", ObservationPath(v, o.id), DateText(o.what.observed_on)),
        Escape(names.Of(*o.what.subject)), Escape(OccasionWord(*o.what.occasion)),
        Escape(o.what.place), Escape(RatingText(*o.what.rating))};
    if (with_author) row.push_back(Escape(o.author_name));
    table.rows.push_back(std::move(row));
  }
  return table;
}

http::Response ListPage(Visit& v) {
  auto& observations = v.Use<Observations>();
  const auto me = observations.Observer(v.caller, v.ods());
  const auto seen = observations.Visible(v.caller, v.ods());
  const SubjectNames names(observations, v.caller, v.ods());
  std::vector<Observation> mine_unshared, shared;
  for (const auto& o : seen) {
    (o.shared_at != 0 ? shared : mine_unshared).push_back(o);
  }
  Page page;
  page.title = "Observations";
  const std::string done = v.request.Query("done");
  if (done == "recorded") page.content += SuccessBanner("Observation saved");
  if (done == "deleted") page.content += SuccessBanner("Observation deleted");
  if (done == "asked") page.content += SuccessBanner("Request sent to the board");
  page.content += Html(
      "<h1>Observations</h1><p class=\"nhsuk-lede-text\">What board members have seen for "
      "themselves on visits, walk-rounds and demonstrations. The board sets it beside what it "
      "reads in its papers and hears from the people who use its services.</p>");
  page.content += RequestsPanel(v, observations, names, seen, me.has_value());
  if (me) {
    page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Record an observation</a>",
                           v.OrgPath("/observations/new"));
    if (!mine_unshared.empty()) {
      page.content += Render(
          "<h2>Not yet shared</h2><p>Only you can see these until you share them with the "
          "board.</p>{}",
          DataTable(ObservationTable(v, mine_unshared, names, "Your observations not yet shared",
                                     false)));
    }
  }
  page.content += Html("<h2>Shared with the board</h2>");
  if (shared.empty()) {
    page.content += Html(
        "<p>No board member has shared an observation yet. After a visit, a walk-round or a "
        "demonstration, a board member records what they saw and how well it worked for the "
        "people using it.</p>");
  } else {
    page.content +=
        DataTable(ObservationTable(v, shared, names, "Observations shared with the board", true));
  }
  if (!seen.empty()) page.content += CsvLink(v.OrgPath("/observations.csv"));
  return v.Show(page, "observations");
}

http::Response ObservationPage(Visit& v, Id id) {
  auto& observations = v.Use<Observations>();
  const Observation o = observations.Get(v.caller, v.ods(), id);
  const auto me = observations.Observer(v.caller, v.ods());
  const bool mine = me && me->id == o.author_member_id;
  const std::string about = SubjectNames(observations, v.caller, v.ods()).Of(*o.what.subject);
  Page page;
  page.title = "Observation of " + about;
  page.before_content = BackLink(v.OrgPath("/observations"), "Back to observations");
  if (v.request.Query("done") == "saved") page.content += SuccessBanner("Observation saved");
  page.content += Render("<span class=\"nhsuk-caption-l\">{}, {}</span><h1>{}</h1>",
                         OccasionWord(*o.what.occasion), DateText(o.what.observed_on), about);
  std::vector<SummaryRow> rows{
      {"How well it worked for its users", Escape(RatingText(*o.what.rating)), {}},
      {"Where", Escape(o.what.place), {}},
      {"Seen by", Escape(o.author_name), {}}};
  if (!o.what.notes.empty()) rows.push_back({"What they saw", Escape(o.what.notes), {}});
  if (mine) rows.push_back({"Who can see it", SharingTag(o), {}});
  if (o.shared_at != 0) rows.push_back({"Shared", Escape(DateText(o.shared_at)), {}});
  page.content += SummaryList(rows);
  if (mine) {
    page.content += Render(
        "<div class=\"nhsuk-button-group\"><a class=\"nhsuk-button nhsuk-button--secondary\" "
        "href=\"{}\">Change it</a><a class=\"nhsuk-button nhsuk-button--warning\" href=\"{}\">"
        "Delete it</a></div>",
        ObservationPath(v, id, "/edit"), ObservationPath(v, id, "/delete"));
  }
  return v.Show(page, "observations");
}

http::Response DeletePage(Visit& v, Id id) {
  auto& observations = v.Use<Observations>();
  const Observation o = observations.Own(v.caller, v.ods(), id);
  const std::string about = SubjectNames(observations, v.caller, v.ods()).Of(*o.what.subject);
  Page page;
  page.title = "Delete your observation?";
  page.before_content = BackLink(ObservationPath(v, id), "Back to the observation");
  page.content = Render(
      "<h1>{}</h1><p>Your observation of {} on {} will be deleted. This cannot be undone.</p>{}",
      page.title, about, DateText(o.what.observed_on),
      ButtonForm(ObservationPath(v, id, "/delete"), v.caller.csrf_token, "Delete it", "warning"));
  return v.Show(page, "observations");
}

}  // namespace

void AddPages(http::Router& routes) {
  const Needs viewer = Needs::InOrg(Role::kViewer);
  AddPage(routes, "GET", "/orgs/{ods}/observations", viewer, ListPage);
  AddDownload(routes, "/orgs/{ods}/observations", viewer, [](Visit& v) {
    auto& observations = v.Use<Observations>();
    const SubjectNames names(observations, v.caller, v.ods());
    std::vector<std::vector<std::string>> rows{{"id", "observed_on", "occasion", "place",
                                                "subject_kind", "subject", "rating", "notes",
                                                "author", "shared"}};
    for (const auto& o : observations.Visible(v.caller, v.ods())) {
      rows.push_back({std::to_string(o.id), o.what.observed_on,
                      std::string(ToString(*o.what.occasion)), o.what.place,
                      std::string(ToString(o.what.subject->kind)), names.Of(*o.what.subject),
                      std::to_string(*o.what.rating), o.what.notes, o.author_name,
                      o.shared_at != 0 ? "yes" : "no"});
    }
    return Download{v.ods() + "-observations", rows};
  });
  AddPage(routes, "GET", "/orgs/{ods}/observations/{observation}", viewer,
          [](Visit& v) { return ObservationPage(v, v.call.Id("observation")); });
  AddPage(routes, "GET", "/orgs/{ods}/observations/{observation}/delete", viewer,
          [](Visit& v) { return DeletePage(v, v.call.Id("observation")); });
  AddPage(routes, "POST", "/orgs/{ods}/observations/{observation}/delete", viewer, [](Visit& v) {
    v.Use<Observations>().Delete(v.caller, v.ods(), v.call.Id("observation"));
    return Redirect(v.OrgPath("/observations?done=deleted"));
  });
  AddFormPages(routes);
}

}  // namespace boardlens::observations
