// "You said, we did": the secretary records what the board heard and what it changed, and
// publishes each entry when ready. The list itself is on the user-voice page.

#include "boardlens/base/text.hpp"
#include "boardlens/base/utf8.hpp"
#include "boardlens/features/voice/feature.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/html/page.hpp"

namespace boardlens::voice {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Needs;

std::string EditPath(const Visit& v, Id id) {
  return v.OrgPath("/voice/changes/" + std::to_string(id) + "/edit");
}

http::Response ChangeForm(Visit& v, const std::optional<Id>& id, const ChangeInput& in,
                          const DateParts& done, const FieldErrors& errors) {
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  Page page;
  page.title = id ? "Edit the entry" : "Add a \"you said, we did\" entry";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/voice#you-said-we-did"), "Back to user voice");
  Html fields = CharacterCount(
      field("heard", "You said", in.heard,
            "What staff or patients told the board, in a sentence or two, without naming anyone"),
      kMaxChangeText, 3);
  fields +=
      CharacterCount(field("did", "We did", in.did, "What the organisation changed as a result"),
                     kMaxChangeText, 3);
  fields += DateInput(field("done_on", "When was it done?", {}, "For example, 15 3 2027"), done);
  fields +=
      Radios(field("published", "Publish it on the public page?", in.published ? "yes" : "no"),
             {{"yes", "Yes, publish it", "Anyone with the form's link can read it", false},
              {"no", "Not yet", "Only the board sees it", false}});
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title, id ? EditPath(v, *id) : v.OrgPath("/voice/changes/new"),
      CsrfField(v.caller.csrf_token), fields, Button(id ? "Save changes" : "Add the entry"));
  return v.Show(page, "voice", errors.empty() ? 200 : 400);
}

ChangeInput FromForm(Visit& v, DateParts& done, FieldErrors& errors) {
  ChangeInput in;
  in.heard = v.form.Get("heard");
  in.did = v.form.Get("did");
  in.published = v.form.Get("published") == "yes";
  if (in.heard.empty()) errors.Add("heard", "Enter what staff or patients said");
  if (CountCharacters(in.heard) > kMaxChangeText) {
    errors.Add("heard", TooLongMessage("You said", kMaxChangeText));
  }
  if (in.did.empty()) errors.Add("did", "Enter what the organisation did");
  if (CountCharacters(in.did) > kMaxChangeText) {
    errors.Add("did", TooLongMessage("We did", kMaxChangeText));
  }
  done = DateParts::Read(v.form, "done_on");
  std::string problem;
  if (auto iso = done.ToIso("the date it was done", problem)) {
    in.done_on = *iso;
  } else {
    errors.Add("done_on", problem);
  }
  const std::string published = v.form.Get("published");
  if (published != "yes" && published != "no") {
    errors.Add("published", "Select whether to publish it on the public page");
  }
  return in;
}

/// What the public form says about urgent help and PALS, as the secretary writes it.
http::Response HelpForm(Visit& v, const std::string& help, const FieldErrors& errors) {
  Page page;
  page.title = "Change what the form says about getting help";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/voice#link"), "Back to user voice");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<p>The public form shows this to everyone who uses it, before and after they send a "
      "report. The form is not watched all the time, so say where to get urgent help, and how to "
      "reach your patient advice and liaison service (PALS): its phone number, email address "
      "and opening hours.</p><form action=\"{}\" method=\"post\" novalidate>{}{}{}</form></div>"
      "</div>",
      ErrorSummary(errors), page.title, v.OrgPath("/voice/help"), CsrfField(v.caller.csrf_token),
      CharacterCount({"help", "Getting help", help,
                      "Leave it empty to go back to the standard words, which name NHS 111 and 999",
                      std::string(errors.For("help"))},
                     kMaxHelp, 8),
      Button("Save"));
  return v.Show(page, "voice", errors.empty() ? 200 : 400);
}

}  // namespace

void AddChangePages(http::Router& routes) {
  const Needs secretary = Needs::InOrg(Role::kSecretary);
  AddDownload(routes, "/orgs/{ods}/voice/changes", Needs::InOrg(Role::kViewer), [](Visit& v) {
    std::vector<std::vector<std::string>> rows{
        {"id", "done_on", "you_said", "we_did", "published"}};
    for (const Change& c : v.Use<Voice>().Changes(v.caller, v.ods())) {
      rows.push_back({std::to_string(c.id), c.what.done_on, c.what.heard, c.what.did,
                      c.what.published ? "yes" : "no"});
    }
    return Download{v.ods() + "-voice-you-said-we-did", rows};
  });
  AddPage(routes, "GET", "/orgs/{ods}/voice/help", secretary,
          [](Visit& v) { return HelpForm(v, v.Use<Voice>().Help(v.caller, v.ods()), {}); });
  AddPage(routes, "POST", "/orgs/{ods}/voice/help", secretary, [](Visit& v) {
    const std::string help = v.form.Get("help");
    FieldErrors errors;
    if (CountCharacters(help) > kMaxHelp) {
      errors.Add("help", TooLongMessage("Getting help", kMaxHelp));
    } else {
      CollectFieldError(errors, {"help"}, [&] { v.Use<Voice>().SetHelp(v.caller, v.ods(), help); });
    }
    if (!errors.empty()) return HelpForm(v, help, errors);
    return Redirect(v.OrgPath("/voice?done=help#link"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/voice/changes/new", secretary,
          [](Visit& v) { return ChangeForm(v, std::nullopt, {}, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/voice/changes/new", secretary, [](Visit& v) {
    DateParts done;
    FieldErrors errors;
    const ChangeInput in = FromForm(v, done, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"heard", "did", "done_on"},
                        [&] { v.Use<Voice>().AddChange(v.caller, v.ods(), in); });
    }
    if (!errors.empty()) return ChangeForm(v, std::nullopt, in, done, errors);
    return Redirect(v.OrgPath("/voice?done=saved#you-said-we-did"));
  });
  AddPage(routes, "GET", "/orgs/{ods}/voice/changes/{change}/edit", secretary, [](Visit& v) {
    const Change c = v.Use<Voice>().GetChange(v.caller, v.ods(), v.call.Id("change"));
    return ChangeForm(v, c.id, c.what, DateParts::Of(c.what.done_on), {});
  });
  AddPage(routes, "POST", "/orgs/{ods}/voice/changes/{change}/edit", secretary, [](Visit& v) {
    const Id id = v.call.Id("change");
    v.Use<Voice>().GetChange(v.caller, v.ods(), id);  // not found before the form is read
    DateParts done;
    FieldErrors errors;
    const ChangeInput in = FromForm(v, done, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"heard", "did", "done_on"},
                        [&] { v.Use<Voice>().UpdateChange(v.caller, v.ods(), id, in); });
    }
    if (!errors.empty()) return ChangeForm(v, id, in, done, errors);
    return Redirect(v.OrgPath("/voice?done=saved#you-said-we-did"));
  });
}

}  // namespace boardlens::voice
