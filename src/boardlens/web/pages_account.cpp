// Account settings: who you are signed in as, your roles, your password and API tokens.

#include "boardlens/util/error.hpp"
#include "boardlens/web/pages.hpp"

namespace boardlens::web {
namespace {

std::string RevokePath(const storage::ApiTokenRecord& token) {
  return "/account/tokens/" + token.id + "/revoke";
}

/// The caller's live API tokens, each with a link to revoke it.
Html ApiTokenTable(Visit& v) {
  const auto tokens = v.app.ApiTokens(v.caller, v.caller.account.email);
  if (tokens.empty()) return Html("<p>You have no API tokens.</p>");
  Table table{"Your API tokens", {"What it is for", "Created", "Expires", "Action"}, {}, false};
  for (const auto& t : tokens) {
    table.rows.push_back(
        {Escape(t.name), Escape(DateText(t.created_at)), Escape(DateText(t.expires_at)),
         Render("<a href=\"{}\">Revoke<span class=\"nhsuk-u-visually-hidden\"> the token for "
                "{}</span></a>",
                RevokePath(t), t.name)});
  }
  return DataTable(table);
}

/// The caller's token `id`, or not found.
storage::ApiTokenRecord OwnApiToken(Visit& v) {
  const std::string& id = v.params.at("id");
  for (auto& t : v.app.ApiTokens(v.caller, v.caller.account.email)) {
    if (t.id == id) return t;
  }
  throw NotFound("there is no such API token");
}

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
      "{}<form action=\"/account/tokens\" method=\"post\" novalidate>{}{}{}</form>"
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
      Button("Change password", "secondary"), ApiTokenTable(v), CsrfField(v.caller.csrf_token),
      TextInput(field("name", "What the token is for", "For example, quarterly board pack"), "text",
                "off"),
      Button("Create a token", "secondary"), v.app.settings().session_seconds / 3600);
  return v.Show(page, "account", errors.empty() ? 200 : 400);
}

}  // namespace

void AddAccountPages(Site& site) {
  site.AddPage("GET", "/account", [](Visit& v) {
    const std::string done = v.request.Query("done");
    Html banner;
    if (done == "password") {
      banner = SuccessBanner("Password changed",
                             "Other browsers signed in as you have been signed out.");
    } else if (done == "revoked") {
      banner = SuccessBanner("Token revoked", "Programs using it can no longer reach boardlens.");
    }
    return AccountPage(v, {}, banner);
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
        token = v.app.CreateApiToken(v.caller, v.caller.account.email, name).token;
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

  // Revoking asks first: a program that relies on the token stops working at once.
  site.AddPage("GET", "/account/tokens/{id}/revoke", [](Visit& v) {
    const auto token = OwnApiToken(v);
    Page page;
    page.title = "Revoke an API token";
    page.content = Render(
        "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}"
        "<h1>Revoke the token for {}?</h1><p>Any program using this token will stop working at "
        "once. It cannot be undone: to carry on, create a new token and give it to the program."
        "</p>{}</div></div>",
        BackLink("/account", "Back to your account"), token.name,
        ButtonForm(RevokePath(token), v.caller.csrf_token, "Revoke the token", "warning"));
    return v.Show(page, "account");
  });
  site.AddPage("POST", "/account/tokens/{id}/revoke", [](Visit& v) {
    v.app.RevokeApiToken(v.caller, v.caller.account.email, v.params.at("id"));
    return Redirect("/account?done=revoked");
  });
}

}  // namespace boardlens::web
