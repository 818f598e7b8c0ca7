// The public form anyone with the link can use, without an account, and its thank-you and
// "you said, we did" pages. It is the first page anyone on the internet can write to, so a
// post is rate limited before any database work, size limited, tied to the browser that
// loaded the form (a cookie that another site can neither read nor send), and trapped for
// robots. Nothing a person typed is shown anywhere but in its own box on their own form.

#include "boardlens/base/error.hpp"
#include "boardlens/base/secrets.hpp"
#include "boardlens/base/text.hpp"
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

/// The shell of a public page: its footer and feedback link speak to the public about the
/// form (`path`, empty when the link does not work), not to the board.
Chrome PublicChrome(const std::string& path, const std::string& org_name) {
  Chrome chrome;
  if (path.empty()) {
    chrome.footer_links = Html(
        "<li class=\"nhsuk-footer__list-item\"><a class=\"nhsuk-footer__list-item-link\" "
        "href=\"/accessibility\">Accessibility statement</a></li>");
    chrome.feedback_href = "/accessibility";
  } else {
    chrome.footer_links = Render(
        "<li class=\"nhsuk-footer__list-item\"><a class=\"nhsuk-footer__list-item-link\" "
        "href=\"{}/help\">Get help or contact us</a></li><li class=\"nhsuk-footer__list-item\">"
        "<a class=\"nhsuk-footer__list-item-link\" href=\"{}/you-said-we-did\">You said, we "
        "did</a></li><li class=\"nhsuk-footer__list-item\"><a "
        "class=\"nhsuk-footer__list-item-link\" href=\"/accessibility\">Accessibility "
        "statement</a></li>",
        path, path);
    chrome.feedback_href = path + "/help";
  }
  chrome.footer_note =
      org_name.empty()
          ? Html(
                "This form lets staff and patients tell an NHS organisation what got in the "
                "way of its digital services. You do not need to give your name.")
          : Render(
                "This form lets staff and patients tell {} what got in the way of its digital "
                "services. You do not need to give your name, and we do not record who you are.",
                org_name);
  return chrome;
}

Response PublicPage(const std::string& title, const Html& content, const std::string& path,
                    const std::string& org_name, int status = 200, bool has_errors = false) {
  Page page;
  page.title = title;
  page.has_errors = has_errors;
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}</div></div>",
      content);
  return RenderPage(page, PublicChrome(path, org_name), status);
}

/// The same page for a link that never was and one that was rotated: it says nothing else.
Response LinkGonePage() {
  return PublicPage("This link does not work",
                    Html("<h1>This link does not work</h1><p>The organisation may have replaced it "
                         "with a new one. Look for the current link or QR code on its posters or "
                         "website.</p><p>If you need medical help urgently, call 999 in an "
                         "emergency, or go to 111.nhs.uk or call 111.</p>"),
                    {}, {}, 404);
}

/// Where to get urgent help and how to reach PALS, in the organisation's words.
Html HelpText(const PublicForm& form) {
  return Render(
      "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: "
      "</span><h2 class=\"nhsuk-heading-s\">If you need help now</h2><p "
      "class=\"bl-preserve-lines\">{}</p></div>",
      form.help);
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
  const auto as_labelled = [&](const std::string& label) {
    return rule_message.starts_with(field + " ") ? label + rule_message.substr(field.size())
                                                 : Sentence(rule_message);
  };
  if (field == "what_happened") return as_labelled("What happened");
  if (field == "contact") return as_labelled("Your email address or phone number");
  return Sentence(rule_message);
}

/// The first step: who is this? The services differ for staff and for patients, so the form
/// asks first, by a plain GET form that works without scripts.
Response WhoPage(const PublicForm& form, const std::string& path, const std::string& error) {
  FieldErrors errors;
  if (!error.empty()) errors.Add("reporter", error);
  const Html fields = Radios(
      {"reporter", "Which of these describes you?", {}, {}, std::string(errors.For("reporter"))},
      Choices(Reporters()));
  return PublicPage(
      "Tell us what got in the way",
      Render("{}<span class=\"nhsuk-caption-l\">{}</span><h1>Tell us what got in the way</h1>"
             "<p>If a digital service made something harder for you, tell the board here. It "
             "takes about a minute and you do not need to give your name.</p>"
             "<p>We do not record who you are or where you sent this from. We count what "
             "everyone tells us, and publish what we change as a result.</p>{}"
             "<form action=\"{}\" method=\"get\" novalidate><input type=\"hidden\" "
             "name=\"step\" value=\"who\">{}{}</form>"
             "<p><a href=\"{}/you-said-we-did\">See what we have changed so far</a></p>",
             ErrorSummary(errors), form.org.name, HelpText(form), path, fields, Button("Continue"),
             path),
      path, form.org.name, errors.empty() ? 200 : 400, !errors.empty());
}

/// The second step: the report, with the services the form offers `reporter`.
Response FormPage(const http::Site& site, const PublicForm& form, const std::string& path,
                  const std::string& csrf, Reporter reporter, const ReportInput& in,
                  const FieldErrors& errors) {
  const auto field = [&](const char* name, std::string label, std::string value,
                         std::string hint = {}) {
    return Field{name, std::move(label), std::move(value), std::move(hint),
                 std::string(errors.For(name))};
  };
  std::vector<Choice> services;
  for (const FormService& s : Voice::ServicesFor(form, reporter)) {
    if (s.id) services.push_back({std::to_string(*s.id), s.name, {}, false});
  }
  services.push_back({"other", "Something else", {}, !services.empty()});
  Html fields = Render(
      "<input type=\"hidden\" name=\"reporter\" value=\"{}\"><dl class=\"nhsuk-summary-list\">"
      "<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">You "
      "told us</dt><dd class=\"nhsuk-summary-list__value\">{}</dd><dd "
      "class=\"nhsuk-summary-list__actions\"><a href=\"{}\">Change<span "
      "class=\"nhsuk-u-visually-hidden\"> who you are</span></a></dd></div></dl>",
      ToString(reporter), LabelOf(reporter), path);
  fields += Radios(field("service", "Which service was it?", in.service), services);
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
  Response r = PublicPage(
      "Tell us what got in the way",
      Render("{}<span class=\"nhsuk-caption-l\">{}</span><h1>Tell us what got in the way</h1>"
             "<form action=\"{}\" method=\"post\" novalidate>"
             "<input type=\"hidden\" name=\"csrf\" value=\"{}\">{}{}</form>{}"
             "<p><a href=\"{}/you-said-we-did\">See what we have changed so far</a></p>",
             ErrorSummary(errors), form.org.name, path, csrf, fields, Button("Send"),
             HelpText(form), path),
      path, form.org.name, errors.empty() ? 200 : 400, !errors.empty());
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
  const auto reporter = ParseReporter(in.reporter);
  if (!reporter) return WhoPage(*form, path, PageMessage("reporter", {}));
  const std::string expected = call.request.Cookie(kFormCookie);
  if (expected.empty() || !ConstantTimeEquals(call.form.Get("csrf"), expected)) {
    FieldErrors errors;
    errors.Add("service", "The form had expired. Check your answers and send it again");
    return FormPage(call.Use<http::Site>(), *form, path, RandomToken(), *reporter, in, errors);
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
  if (!errors.empty()) {
    return FormPage(call.Use<http::Site>(), *form, path, expected, *reporter, in, errors);
  }
  // Only now, with the report on disk, does the person hear it arrived.
  return Redirect(path + "/thanks");
}

}  // namespace

void AddPublicPages(http::Router& routes) {
  AddPublicPage(routes, "GET", "/voice/{token}", [](Call& call) {
    const auto form = call.Use<Voice>().Form(call.params.at("token"));
    if (!form) return LinkGonePage();
    // Absent: the first step. Present: the second, or the first again if it is not a choice.
    // An unchosen radio sends nothing, so the first step's form says it was sent.
    const std::string who = call.request.Query("reporter", "-");
    if (who == "-" && call.request.Query("step") != "who") {
      return WhoPage(*form, FormPath(call), {});
    }
    const auto reporter = ParseReporter(who);
    if (!reporter) return WhoPage(*form, FormPath(call), PageMessage("reporter", {}));
    return FormPage(call.Use<http::Site>(), *form, FormPath(call), RandomToken(), *reporter, {},
                    {});
  });
  AddPublicPage(routes, "GET", "/voice/{token}/help", [](Call& call) {
    const auto form = call.Use<Voice>().Form(call.params.at("token"));
    if (!form) return LinkGonePage();
    return PublicPage(
        "Get help or contact us",
        Render("<span class=\"nhsuk-caption-l\">{}</span><h1>Get help or contact us</h1>"
               "<p class=\"bl-preserve-lines\">{}</p><h2>About this form</h2><p>The form asks "
               "staff and patients what got in the way of our digital services. It does not "
               "record who you are or where you sent it from. If you give contact details, only "
               "the board secretary's team sees them, and only to reply to you.</p>"
               "<p><a href=\"{}\">Tell us what got in the way</a></p>",
               form->org.name, form->help, FormPath(call)),
        FormPath(call), form->org.name);
  });
  routes.Add(
      {"POST", "/voice/{token}", http::Surface::kPage, http::Needs::Anyone().Waiting(), Post});
  AddPublicPage(routes, "GET", "/voice/{token}/thanks", [](Call& call) {
    const auto form = call.Use<Voice>().Form(call.params.at("token"));
    if (!form) return LinkGonePage();
    return PublicPage(
        "Thank you",
        Render("<div class=\"nhsuk-panel nhsuk-panel--confirmation\"><h1 "
               "class=\"nhsuk-panel__title\">Thank you</h1><div class=\"nhsuk-panel__body\">"
               "{} has your report</div></div><p>The board looks at what staff and patients tell "
               "it every month, and decides what to change.</p><p><a href=\"{}/you-said-we-did\">"
               "See what we have changed so far</a></p><p><a href=\"{}\">Tell us about something "
               "else</a></p>{}",
               form->org.name, FormPath(call), FormPath(call), HelpText(*form)),
        FormPath(call), form->org.name);
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
    return PublicPage(
        "You said, we did",
        Render("<span class=\"nhsuk-caption-l\">{}</span><h1>You said, we did</h1>"
               "<p>What staff and patients told us about our digital services, and "
               "what we changed as a result.</p>{}<p><a href=\"{}\">Tell us what got in "
               "the way</a></p>",
               form->org.name, entries, FormPath(call)),
        FormPath(call), form->org.name);
  });
}

}  // namespace boardlens::voice
