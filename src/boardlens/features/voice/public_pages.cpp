// The public form anyone with the link can use, without an account, and its thank-you and
// "you said, we did" pages. It is the first page anyone on the internet can write to, so a
// post is rate limited before any database work, size limited, tied to the browser that
// loaded the form (a cookie that another site can neither read nor send), and trapped for
// robots. Nothing a person typed is shown anywhere but in its own box on their own form.

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/features/voice/feature.hpp"
#include "boardlens/features/voice/voice.hpp"
#include "boardlens/html/page.hpp"
#include "boardlens/http/cookies.hpp"
#include "boardlens/http/site.hpp"

namespace boardlens::voice {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Call;
using http::Response;

constexpr std::string_view kFormCookie = "boardlens_voice";
/// Long enough to fill the form in at leisure.
constexpr std::int64_t kFormCookieSeconds = 2 * kSecondsPerHour;
/// The form's text at its longest, percent-encoded, is well under this.
constexpr std::size_t kMaxFormBytes = std::size_t{16} * 1024;
/// The robots' trap: people never see it.
constexpr const char* kTrapField = "website";

std::string FormPath(const Call& call) { return "/voice/" + call.params.at("token"); }

/// The same page for a link that never was and one that was rotated: it says nothing else.
Response LinkGonePage() {
  return NarrowPage("This link does not work",
                    Html("<h1>This link does not work</h1><p>The organisation may have replaced it "
                         "with a new one. Look for the current link or QR code on its posters or "
                         "website.</p>"),
                    404);
}

std::vector<Choice> Choices(const std::vector<Option>& options) {
  std::vector<Choice> out;
  out.reserve(options.size());
  for (const Option& o : options)
    out.push_back({std::string(o.name), std::string(o.label), {}, false});
  return out;
}

/// What the person posted, read back only into the fields it came from.
ReportInput Posted(const http::Form& form) {
  ReportInput in;
  in.service = form.Get("service");
  in.reporter = form.Get("reporter");
  in.barriers = form.GetAll("barriers");
  in.what_happened = form.Get("what_happened");
  in.how_often = form.Get("how_often");
  in.impact = form.Get("impact");
  in.fft = form.Get("fft");
  in.contact = form.Get("contact");
  in.consent = form.Get("consent") == "yes";
  return in;
}

/// The design system's message for each field the rules refused.
std::string PageMessage(const std::string& field, const std::string& rule_message) {
  if (field == "service") return "Select the service, or something else";
  if (field == "reporter") return "Select whether you work here or are a patient, carer or visitor";
  if (field == "barriers") return "Select what got in the way";
  if (field == "how_often") return "Select how often it happens";
  if (field == "impact") return "Select how much it mattered";
  if (field == "fft") return "Select how your experience was overall";
  if (field == "consent") {
    return "Tick the box to agree that we may contact you, or remove your contact details";
  }
  // The text rules name the field as the API does; the page names it as its label does.
  const bool too_long = rule_message.find("longer than") != std::string::npos;
  const auto as_labelled = [&](const std::string& label) {
    return rule_message.starts_with(field + " ") ? label + rule_message.substr(field.size())
                                                 : Sentence(rule_message);
  };
  if (field == "what_happened") {
    return too_long ? TooLongMessage("What happened", kMaxWhatHappened)
                    : as_labelled("What happened");
  }
  if (field == "contact" && too_long) {
    return TooLongMessage("Your email address or phone number", kMaxContact);
  }
  return Sentence(rule_message);
}

Response FormPage(const http::Site& site, const PublicForm& form, const std::string& path,
                  const std::string& csrf, const ReportInput& in, const FieldErrors& errors) {
  const auto field = [&](const char* name, std::string label, std::string value,
                         std::string hint = {}) {
    return Field{name, std::move(label), std::move(value), std::move(hint),
                 std::string(errors.For(name))};
  };
  std::vector<Choice> services;
  for (const ServiceLabel& s : form.services) {
    if (s.id) services.push_back({std::to_string(*s.id), s.name, {}, false});
  }
  services.push_back({"other", "Something else", {}, !services.empty()});
  Html fields = Radios(field("service", "Which service was it?", in.service), services);
  fields +=
      Radios(field("reporter", "Which of these describes you?", in.reporter), Choices(Reporters()));
  fields += Checkboxes(field("barriers", "What got in the way?", {}, "Select all that apply."),
                       Choices(Barriers()), in.barriers);
  fields += CharacterCount(
      field("what_happened", "What happened? (optional)", in.what_happened,
            "Please do not include names or anything else that could identify you or anyone "
            "else."),
      kMaxWhatHappened, 4);
  fields +=
      Radios(field("how_often", "How often does this happen?", in.how_often), Choices(HowOftens()));
  fields += Radios(field("impact", "How much did it matter?", in.impact), Choices(Impacts()));
  fields += Radios(field("fft", std::string(kFftQuestion), in.fft), Choices(FftAnswers()));
  fields += Render(
      "<h2 class=\"nhsuk-heading-s\">If you would like a reply</h2><p>You do not have to give "
      "contact details. If you do, only the board secretary's team sees them, and only to reply "
      "to you about this.</p>{}{}",
      TextInput(field("contact", "Email address or phone number (optional)", in.contact), "text",
                "off"),
      Checkboxes(field("consent", "Permission to contact you", {}),
                 {{"yes",
                   "I agree that " + form.org.name +
                       " may use these details to contact "
                       "me about this report",
                   {},
                   false}},
                 in.consent ? std::vector<std::string>{"yes"} : std::vector<std::string>{}));
  fields += Render(
      "<div class=\"bl-trap\" aria-hidden=\"true\"><label for=\"{}\">Leave this box empty"
      "</label><input id=\"{}\" name=\"{}\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\">"
      "</div>",
      kTrapField, kTrapField, kTrapField);
  Page page;
  page.title = "Tell us what got in the way";
  page.has_errors = !errors.empty();
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
      "<span class=\"nhsuk-caption-l\">{}</span><h1>Tell us what got in the way</h1>"
      "<p>If a digital service made something harder for you, tell the board here. It takes "
      "about a minute and you do not need to give your name.</p>"
      "<p>We do not record who you are or where you sent this from. We count what everyone "
      "tells us, and publish what we change as a result.</p>"
      "<form action=\"{}\" method=\"post\" novalidate>"
      "<input type=\"hidden\" name=\"csrf\" value=\"{}\">{}{}</form>"
      "<p><a href=\"{}/you-said-we-did\">See what we have changed so far</a></p></div></div>",
      ErrorSummary(errors), form.org.name, path, csrf, fields, Button("Send"), path);
  Response r = RenderPage(page, Chrome{}, errors.empty() ? 200 : 400);
  r.headers.emplace_back("Set-Cookie", http::SetCookie(kFormCookie, csrf, path, "Strict",
                                                       kFormCookieSeconds, site.secure_cookies()));
  return r;
}

Response Post(Call& call) {
  auto& voice = call.Use<Voice>();
  const std::string& token = call.params.at("token");
  voice.Admit(call.request.remote);  // before anything else: a flood stops here
  if (call.request.body.size() > kMaxFormBytes) {
    throw Error(ErrorKind::kTooLarge, "the form sent is too large: it can be at most " +
                                          std::to_string(kMaxFormBytes / 1024) + " KB");
  }
  const auto form = voice.Form(token);
  if (!form) return LinkGonePage();
  const std::string path = FormPath(call);
  ReportInput in = Posted(call.form);
  const std::string expected = call.request.Cookie(kFormCookie);
  if (expected.empty() || !ConstantTimeEquals(call.form.Get("csrf"), expected)) {
    FieldErrors errors;
    errors.Add("service", "The form had expired. Check your answers and send it again");
    return FormPage(call.Use<http::Site>(), *form, path, RandomToken(), in, errors);
  }
  // A robot filled the trap: it is thanked like anyone, and nothing is kept.
  if (!call.form.Get(kTrapField).empty()) return Redirect(path + "/thanks");
  FieldErrors errors;
  try {
    voice.Submit(*form, in);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalid) throw;
    for (const FieldProblem& p : e.AllProblems())
      errors.Add(p.where, PageMessage(p.where, p.message));
  }
  if (!errors.empty()) return FormPage(call.Use<http::Site>(), *form, path, expected, in, errors);
  // Only now, with the report on disk, does the person hear it arrived.
  return Redirect(path + "/thanks");
}

}  // namespace

void AddPublicPages(http::Router& routes) {
  AddPublicPage(routes, "GET", "/voice/{token}", [](Call& call) {
    const auto form = call.Use<Voice>().Form(call.params.at("token"));
    if (!form) return LinkGonePage();
    return FormPage(call.Use<http::Site>(), *form, FormPath(call), RandomToken(), {}, {});
  });
  routes.Add(
      {"POST", "/voice/{token}", http::Surface::kPage, http::Needs::Anyone().Waiting(), Post});
  AddPublicPage(routes, "GET", "/voice/{token}/thanks", [](Call& call) {
    const auto form = call.Use<Voice>().Form(call.params.at("token"));
    if (!form) return LinkGonePage();
    return NarrowPage(
        "Thank you",
        Render("<div class=\"nhsuk-panel nhsuk-panel--confirmation\"><h1 "
               "class=\"nhsuk-panel__title\">Thank you</h1><div class=\"nhsuk-panel__body\">"
               "{} has your report</div></div><p>The board looks at what staff and patients tell "
               "it every month, and decides what to change.</p><p><a href=\"{}/you-said-we-did\">"
               "See what we have changed so far</a></p><p><a href=\"{}\">Tell us about something "
               "else</a></p>",
               form->org.name, FormPath(call), FormPath(call)));
  });
  AddPublicPage(routes, "GET", "/voice/{token}/you-said-we-did", [](Call& call) {
    auto& voice = call.Use<Voice>();
    const auto form = voice.Form(call.params.at("token"));
    if (!form) return LinkGonePage();
    Html entries;
    for (const Change& c : voice.Published(*form)) {
      entries += Render(
          "<div class=\"nhsuk-card\"><div class=\"nhsuk-card__content\"><h2 "
          "class=\"nhsuk-card__heading nhsuk-heading-s\">{}</h2><p class=\"nhsuk-card__description "
          "bl-preserve-lines\"><strong>You said:</strong> {}</p><p class=\"nhsuk-card__description "
          "bl-preserve-lines\"><strong>We did:</strong> {}</p></div></div>",
          DateText(c.what.done_on), c.what.heard, c.what.did);
    }
    if (entries.empty()) {
      entries = Html(
          "<p>Nothing has been published yet. When the board changes something "
          "because of what people told it, it is listed here.</p>");
    }
    return NarrowPage(
        "You said, we did",
        Render("<span class=\"nhsuk-caption-l\">{}</span><h1>You said, we did</h1>"
               "<p>What staff and patients told us about our digital services, and "
               "what we changed as a result.</p>{}<p><a href=\"{}\">Tell us what got in "
               "the way</a></p>",
               form->org.name, entries, FormPath(call)));
  });
}

}  // namespace boardlens::voice
