// Account settings: who you are signed in as, your roles, your password and API tokens.

#include "boardlens/web/pages.hpp"

namespace boardlens::web {
namespace {

http::Response AccountPage(Visit& v, const FieldErrors& errors, const Html& notice) {
  Html roles;
  for (const auto& [org, role] : v.app.MyOrganisations(v.caller)) {
    roles += Render("<li><a href=\"/orgs/{}\">{}</a>: {}</li>", org.ods_code, org.name,
                    domain::ToString(role));
  }
  const auto field = [&](const char* name, const char* label, const char* hint = "") {
    return Field{name, label, {}, hint, std::string(errors.For(name))};
  };
  Page page;
  page.title = "Your account";
  page.has_errors = !errors.empty();
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}{}"
      "<h1>Your account</h1>{}<h2>Your organisations</h2>{}"
      "<h2>Change your password</h2><p>Changing it signs you out of every other browser.</p>"
      "<form action=\"/account/password\" method=\"post\" novalidate>{}{}{}{}{}</form>"
      "<h2>API tokens</h2><p>A token lets a program read and change boardlens data as you, "
      "through the API. It lasts a year. Keep it secret.</p>"
      "<form action=\"/account/tokens\" method=\"post\" novalidate>{}{}{}</form>"
      "<h2>Sessions</h2><p>You stay signed in for up to {} hours, then need to sign in again.</p>"
      "</div></div>",
      ErrorSummary(errors), notice,
      SummaryList({{"Name", Escape(v.caller.account.name), {}},
                   {"Email address", Escape(v.caller.account.email), {}}}),
      roles.empty() ? Html("<p>You have no role in any organisation yet.</p>")
                    : Render("<ul class=\"nhsuk-list\">{}</ul>", roles),
      CsrfField(v.caller.csrf_token),
      TextInput(field("current_password", "Current password"), "password", "current-password"),
      TextInput(field("new_password", "New password", "At least 12 characters"), "password",
                "new-password"),
      TextInput(field("confirm_password", "Type the new password again"), "password",
                "new-password"),
      Button("Change password", "secondary"), CsrfField(v.caller.csrf_token),
      TextInput(field("name", "What the token is for", "For example, quarterly board pack"), "text",
                "off"),
      Button("Create a token", "secondary"), v.app.settings().session_seconds / 3600);
  return v.Show(page, "account", errors.empty() ? 200 : 400);
}

}  // namespace

void AddAccountPages(Site& site) {
  site.AddPage("GET", "/account", [](Visit& v) {
    return AccountPage(v, {},
                       v.request.Query("done") == "password"
                           ? SuccessBanner("Password changed",
                                           "Other browsers signed in as you have been signed out.")
                           : Html());
  });

  site.AddPage("POST", "/account/password", [](Visit& v) {
    FieldErrors errors;
    const std::string current = v.form.Get("current_password");
    const std::string replacement = v.form.Get("new_password");
    if (current.empty()) errors.Add("current_password", "Enter your current password");
    if (replacement.empty()) errors.Add("new_password", "Enter a new password");
    if (replacement != v.form.Get("confirm_password")) {
      errors.Add("confirm_password", "Type the same new password twice");
    }
    if (errors.empty()) {
      CollectFieldError(errors, {"new_password", "current_password"}, [&] {
        v.app.ChangePassword(v.caller, v.session_token, current, replacement);
      });
    }
    if (!errors.empty()) return AccountPage(v, errors, {});
    return Redirect("/account?done=password");
  });

  site.AddPage("POST", "/account/tokens", [](Visit& v) {
    FieldErrors errors;
    const std::string name = v.form.Get("name");
    if (name.empty()) errors.Add("name", "Enter what the token is for");
    std::string token;
    if (errors.empty()) {
      CollectFieldError(errors, {"name"}, [&] {
        token = v.app.CreateApiToken(v.caller, v.caller.account.email, name);
      });
    }
    if (!errors.empty()) return AccountPage(v, errors, {});
    // Shown once, on this response only: the token is stored hashed.
    return AccountPage(
        v, {},
        WarningCallout("Copy your new token now",
                       Render("<p>It will not be shown again.</p><p><code class=\"bl-token\">{}"
                              "</code></p>",
                              token)));
  });
}

}  // namespace boardlens::web
