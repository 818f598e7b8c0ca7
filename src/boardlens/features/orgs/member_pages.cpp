// Board members: the list everyone on the board can see, and the secretary's add and change
// forms.

#include <algorithm>

#include "boardlens/base/error.hpp"
#include "boardlens/base/text.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/html/page.hpp"
#include "boardlens/mail/outbox.hpp"

namespace boardlens::orgs {
namespace {

using namespace html;  // NOLINT(google-build-using-namespace): pages speak the HTML layer
using http::Form;
using http::Needs;

std::string MembershipText(Membership m) {
  return m == Membership::kExecutive ? "Executive" : "Non-executive";
}

Member FindMember(Visit& v, Id id);

http::Response MemberForm(Visit& v, const std::optional<Id>& id, const Member& m,
                          const FieldErrors& errors) {
  Page page;
  // The heading names the member as stored, not as the form may have left the name.
  page.title = id ? "Change " + FindMember(v, *id).name : "Add a board member";
  page.has_errors = !errors.empty();
  page.before_content = BackLink(v.OrgPath("/members"), "Back to board members");
  const auto field = [&](const char* name, const char* label, std::string value,
                         std::string hint = {}) {
    return Field{name, label, std::move(value), std::move(hint), std::string(errors.For(name))};
  };
  // A new member's choices start unselected, as the design system asks; after an error they
  // show what was sent.
  const bool show_choices = id.has_value() || !errors.empty();
  const std::string voting = !show_choices || !errors.For("voting").empty() ? ""
                             : m.voting                                     ? "yes"
                                                                            : "no";
  const std::string action =
      id ? v.OrgPath("/members/" + std::to_string(*id) + "/edit") : v.OrgPath("/members/new");
  page.content = Render(
      "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">{}<h1>{}</h1>"
      "<form action=\"{}\" method=\"post\" novalidate>{}{}{}{}{}{}{}</form></div></div>",
      ErrorSummary(errors), page.title, action, CsrfField(v.caller.csrf_token),
      TextInput(field("name", "Full name", m.name), "text", "off"),
      TextInput(field("email", "Email address", m.email,
                      "They sign in with this address. It cannot change once they have answered "
                      "a round."),
                "email", "off"),
      TextInput(field("job_title", "Job title", m.job_title, "For example, Chief Nurse"), "text",
                "off"),
      Radios(field("membership", "Are they an executive or a non-executive member?",
                   errors.For("membership").empty() && show_choices
                       ? std::string(ToString(m.membership))
                       : std::string()),
             {{"executive", "Executive", "A director employed by the organisation", false},
              {"non-executive", "Non-executive",
               "Including the chair and associate "
               "non-executive directors",
               false}}),
      Radios(field("voting", "Do they vote at board meetings?", voting),
             {{"yes", "Yes", {}, false}, {"no", "No", {}, false}}),
      Button(id ? "Save changes" : "Add board member"));
  return v.Show(page, "members", errors.empty() ? 200 : 400);
}

/// The member as the form posted it, with an error for each missing answer.
Member FromForm(const Form& form, FieldErrors& errors) {
  Member m;
  m.name = form.Get("name");
  m.email = form.Get("email");
  m.job_title = form.Get("job_title");
  if (m.name.empty()) errors.Add("name", "Enter their full name");
  if (m.name.size() > kMaxTitleLength)
    errors.Add("name", TooLongMessage("Full name", kMaxTitleLength));
  if (m.email.empty()) {
    errors.Add("email", "Enter their email address");
  } else if (!NormaliseEmail(m.email)) {
    errors.Add("email", "Enter an email address in the correct format, like name@example.com");
  }
  if (m.job_title.empty()) errors.Add("job_title", "Enter their job title");
  if (m.job_title.size() > kMaxTitleLength) {
    errors.Add("job_title", TooLongMessage("Job title", kMaxTitleLength));
  }
  const auto membership = ParseMembership(form.Get("membership"));
  if (!membership) errors.Add("membership", "Select executive or non-executive");
  m.membership = membership.value_or(Membership::kExecutive);
  const std::string voting = form.Get("voting");
  if (voting != "yes" && voting != "no") errors.Add("voting", "Select whether they vote");
  m.voting = voting == "yes";
  // The rules the use case applies too, so every problem shows at once; the messages above
  // come first, as FieldErrors keeps one a field.
  Member checked = m;
  CollectFieldError(errors, {"name", "email", "job_title"}, [&] { CheckMember(checked); });
  return m;
}

Member FindMember(Visit& v, Id id) {
  for (auto& m : v.Use<Board>().ListMembers(v.caller, v.ods())) {
    if (m.id == id) return m;
  }
  throw NotFound("there is no board member " + std::to_string(id) + " in " + v.ods());
}

/// The secretary's column: whether the member can sign in, with the way to invite them.
Html AccessCell(Visit& v, const Member& m, const MemberAccess* access) {
  if (access != nullptr && access->CanAnswer()) return Html("Can sign in");
  const std::string invite = v.OrgPath("/members/" + std::to_string(m.id) + "/invite");
  if (access != nullptr && access->invited_until) {
    return Render(
        "Invited, link works until {}<br><a href=\"{}\">New link<span "
        "class=\"nhsuk-u-visually-hidden\"> for {}</span></a>",
        DateText(*access->invited_until), invite, m.name);
  }
  return Render(
      "Not invited<br><a href=\"{}\">Invite<span class=\"nhsuk-u-visually-hidden\"> {}</span></a>",
      invite, m.name);
}

/// The secretary's note after inviting, from ?done=.
Html DoneBanner(const std::string& done) {
  if (done == "saved") return SuccessBanner("Board member saved");
  if (done == "has-access") return SuccessBanner("They can already sign in");
  if (done == "invited") return SuccessBanner("Invitation link emailed");
  return {};
}

}  // namespace

void AddMemberPages(http::Router& routes) {
  AddPage(routes, "GET", "/orgs/{ods}/members", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const bool secretary = v.org().role >= Role::kSecretary;
    Table table;
    table.caption = "Members of the board";
    table.headings = {"Name", "Job title", "Membership", "Votes"};
    if (secretary) table.headings.insert(table.headings.end(), {"Email", "Sign-in", "Action"});
    const auto members = v.Use<Board>().ListMembers(v.caller, v.ods());
    std::vector<MemberAccess> access;
    if (secretary) access = v.Use<Board>().Access(v.caller, v.ods());
    for (const auto& m : members) {
      std::vector<Html> row{Escape(m.name), Escape(m.job_title),
                            Escape(MembershipText(m.membership)), Escape(m.voting ? "Yes" : "No")};
      if (secretary) {
        const auto found = std::find_if(access.begin(), access.end(),
                                        [&](const auto& a) { return a.member_id == m.id; });
        row.push_back(Escape(m.email));
        row.push_back(AccessCell(v, m, found == access.end() ? nullptr : &*found));
        row.push_back(
            Render("<a href=\"{}\">Change<span class=\"nhsuk-u-visually-hidden\"> {}"
                   "</span></a>",
                   v.OrgPath("/members/" + std::to_string(m.id) + "/edit"), m.name));
      }
      table.rows.push_back(std::move(row));
    }
    Page page;
    page.title = "Board members";
    page.content = Html("<h1>Board members</h1>");
    page.content += DoneBanner(v.request.Query("done"));
    page.content +=
        members.empty() ? Html("<p>No board members have been added yet.</p>") : DataTable(table);
    if (secretary) {
      page.content += Render("<a class=\"nhsuk-button\" href=\"{}\">Add a board member</a>",
                             v.OrgPath("/members/new"));
    }
    return v.Show(page, "members");
  });

  AddDownload(routes, "/orgs/{ods}/members", Needs::InOrg(Role::kViewer), [](Visit& v) {
    const bool secretary = v.org().role >= Role::kSecretary;
    std::vector<std::vector<std::string>> rows{{"name", "job_title", "membership", "voting"}};
    if (secretary) rows[0].emplace_back("email");
    for (const auto& m : v.Use<Board>().ListMembers(v.caller, v.ods())) {
      rows.push_back(
          {m.name, m.job_title, std::string(ToString(m.membership)), m.voting ? "yes" : "no"});
      if (secretary) rows.back().push_back(m.email);
    }
    return Download{v.ods() + "-board-members", rows};
  });

  AddPage(routes, "GET", "/orgs/{ods}/members/new", Needs::InOrg(Role::kSecretary),
          [](Visit& v) { return MemberForm(v, std::nullopt, {}, {}); });
  AddPage(routes, "POST", "/orgs/{ods}/members/new", Needs::InOrg(Role::kSecretary), [](Visit& v) {
    FieldErrors errors;
    Member m = FromForm(v.form, errors);
    if (errors.empty()) {
      CollectFieldError(errors, {"name", "email", "job_title", "membership"},
                        [&] { v.Use<Board>().AddMember(v.caller, v.ods(), m); });
    }
    if (!errors.empty()) return MemberForm(v, std::nullopt, m, errors);
    return Redirect(v.OrgPath("/members?done=saved"));
  });

  AddPage(
      routes, "GET", "/orgs/{ods}/members/{member}/invite", Needs::InOrg(Role::kSecretary),
      [](Visit& v) {
        const Member m = FindMember(v, v.call.Id("member"));
        const bool mail = v.Use<mail::Outbox>().configured();
        Page page;
        page.title = "Invite " + m.name;
        page.before_content = BackLink(v.OrgPath("/members"), "Back to board members");
        page.content = Render(
            "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
            "<h1>Invite {} to boardlens</h1>"
            "<p>boardlens makes a link for {} to set a password and sign in. The link works once, "
            "for {}. Making a new link stops any earlier one working.</p><p>{}</p>"
            "<p>If {} already has a boardlens account, the link adds this organisation to it once "
            "they enter that account's password.</p>{}</div></div>",
            m.name, m.name, DurationText(v.Use<Board>().settings().invitation_seconds),
            mail ? "boardlens emails the link to " + m.email + ", and to nobody else."
                 : "boardlens does not send email: you copy the link into an email to " + m.email +
                       " yourself.",
            m.name,
            ButtonForm(v.OrgPath("/members/" + std::to_string(m.id) + "/invite"),
                       v.caller.csrf_token,
                       mail ? "Email an invitation link" : "Make an invitation link"));
        return v.Show(page, "members");
      });
  AddPage(
      routes, "POST", "/orgs/{ods}/members/{member}/invite", Needs::InOrg(Role::kSecretary),
      [](Visit& v) {
        const Invitation invitation =
            v.Use<Board>().InviteMember(v.caller, v.ods(), v.call.Id("member"));
        switch (invitation.outcome) {
          case Invitation::Outcome::kAlreadyHasAccess:
            return Redirect(v.OrgPath("/members?done=has-access"));
          case Invitation::Outcome::kLinkCreated:
            break;
        }
        const Member& m = invitation.member;
        if (MailInvitation(v.call, invitation, m.email, v.org().name,
                           "Your board secretary has invited you to boardlens, to answer the "
                           "board's self-assessments on digital leadership at " +
                               v.org().name + " and to see their results.")) {
          // Never shown to whoever made it: they could follow it and set the password.
          return Redirect(v.OrgPath("/members?done=invited"));
        }
        Page page;
        page.title = "Invitation link for " + m.name;
        page.before_content = BackLink(v.OrgPath("/members"), "Back to board members");
        // Shown once, on this response only: the link's token is stored hashed.
        page.content = Render(
            "<div class=\"nhsuk-grid-row\"><div class=\"nhsuk-grid-column-two-thirds\">"
            "<h1>Invitation link for {}</h1>{}"
            "<p>It works until {}. {} sets a password with it, then signs in with their email "
            "address.</p><p><a href=\"{}\">Back to board members</a></p></div></div>",
            m.name,
            WarningCallout("Copy the link now",
                           Render("<p>It will not be shown again. Whoever has it can set up the "
                                  "account, so send it to {} only.</p><p><code class=\"bl-token\" "
                                  "id=\"invitation-link\">{}</code></p>",
                                  m.email, SiteUrl(v) + "/join/" + invitation.token)),
            DateText(invitation.expires_at), m.name, v.OrgPath("/members"));
        return v.Show(page, "members");
      });

  AddPage(routes, "GET", "/orgs/{ods}/members/{member}/edit", Needs::InOrg(Role::kSecretary),
          [](Visit& v) {
            const Id id = v.call.Id("member");
            return MemberForm(v, id, FindMember(v, id), {});
          });
  AddPage(routes, "POST", "/orgs/{ods}/members/{member}/edit", Needs::InOrg(Role::kSecretary),
          [](Visit& v) {
            FieldErrors errors;
            Member m = FromForm(v.form, errors);
            m.id = v.call.Id("member");
            if (errors.empty()) {
              CollectFieldError(errors, {"name", "email", "job_title", "membership"},
                                [&] { v.Use<Board>().UpdateMember(v.caller, v.ods(), m); });
            }
            if (!errors.empty()) return MemberForm(v, m.id, m, errors);
            return Redirect(v.OrgPath("/members?done=saved"));
          });
}

}  // namespace boardlens::orgs
