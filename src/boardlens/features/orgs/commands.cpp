// The organisations commands: organisations, board members, and accounts with a role.

#include <memory>
#include <ostream>

#include "boardlens/base/error.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/features/orgs/organisations.hpp"

namespace boardlens::orgs {

void AddCommands(cli::Commands& commands) {
  commands.Add("user add", "Add an account", [](cli::Spec& spec) {
    struct Options {
      std::string email, name, password, org, role;
      bool password_stdin = false, platform_admin = false;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--email", o->email, "Email (sign-in name)", true)
        .Text("--name", o->name, "Full name", true)
        .Text("--password", o->password, "Password (12+ characters)")
        .Flag("--password-stdin", o->password_stdin, "Read the password from standard input")
        .Flag("--platform-admin", o->platform_admin,
              "May add organisations and national frameworks")
        .Text("--org", o->org, "Give a role in this organisation (ODS code)")
        .Text("--role", o->role, "admin, secretary, member or viewer (with --org; default member)");
    return [o](cli::Context& ctx) {
      const Caller op = Caller::Operator();
      const std::string password = cli::PasswordFrom(o->password, o->password_stdin);
      // Check the role and organisation first, so a mistake there adds no account.
      if (!o->role.empty() && o->org.empty()) throw Invalid("--role needs --org", "--role");
      const auto role = ParseRole(o->role.empty() ? "member" : o->role);
      if (!role) throw Invalid("role must be admin, secretary, member or viewer", "--role");
      auto& organisations = ctx.Use<Organisations>();
      if (!o->org.empty()) organisations.GetOrganisation(op, o->org);
      const auto account = ctx.Use<accounts::Accounts>().AddAccount(op, o->email, o->name, password,
                                                                    o->platform_admin);
      if (!o->org.empty()) organisations.SetRole(op, o->org, account.email, *role);
      ctx.out() << "account " << account.id << " " << account.email << "\n";
    };
  });

  commands.Group("org", "Organisations");
  commands.Add("org add", "Add an organisation", [](cli::Spec& spec) {
    struct Options {
      std::string ods, name, kind, parent;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--ods", o->ods, "ODS code, e.g. RX1", true)
        .Text("--name", o->name, "Name", true)
        .Text("--kind", o->kind, "trust or icb", true)
        .Text("--parent", o->parent, "ODS code of the parent ICB");
    return [o](cli::Context& ctx) {
      const auto org = ctx.Use<Organisations>().AddOrganisation(Caller::Operator(), o->ods, o->name,
                                                                o->kind, o->parent);
      ctx.out() << "organisation " << org.ods_code << " " << org.name << "\n";
    };
  });

  commands.Group("member", "Board members");
  commands.Add("member add", "Add a board member", [](cli::Spec& spec) {
    struct Options {
      std::string org, membership;
      Member member;
      bool non_voting = false;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--org", o->org, "Organisation (ODS)", true)
        .Text("--name", o->member.name, "Full name", true)
        .Text("--email", o->member.email, "Email; links the member to the account with it", true)
        .Text("--job-title", o->member.job_title, "Job title", true)
        .Text("--membership", o->membership, "executive or non-executive", true)
        .Flag("--non-voting", o->non_voting, "Attends but does not vote");
    return [o](cli::Context& ctx) {
      Member m = o->member;
      const auto membership = ParseMembership(o->membership);
      if (!membership) {
        throw Invalid("membership must be executive or non-executive", "--membership");
      }
      m.membership = *membership;
      m.voting = !o->non_voting;
      ctx.out() << "member " << ctx.Use<Board>().AddMember(Caller::Operator(), o->org, m).id
                << "\n";
    };
  });
}

}  // namespace boardlens::orgs
