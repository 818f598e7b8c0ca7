// The accounts commands: an operator's password reset, and API tokens.

#include <memory>

#include "boardlens/base/error.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/accounts/feature.hpp"

namespace boardlens::accounts {

void AddCommands(cli::Commands& commands) {
  commands.Group("user", "Accounts");
  commands.Add(
      "user password", "Reset an account's password; ends its sessions and API tokens",
      [](cli::Spec& spec) {
        struct Options {
          std::string email, password;
          bool password_stdin = false;
        };
        auto o = std::make_shared<Options>();
        spec.Text("--email", o->email, "Email of the account", true)
            .Text("--password", o->password, "New password (12+ characters)")
            .Flag("--password-stdin", o->password_stdin,
                  "Read the new password from standard input");
        return [o](cli::Context& ctx) {
          ctx.Use<Accounts>().ResetPassword(Caller::Operator(), o->email,
                                            cli::PasswordFrom(o->password, o->password_stdin));
          ctx.out() << "password reset; every session and API token of " << o->email << " ended\n";
        };
      });

  commands.Group("token", "API tokens");
  commands.Add("token create", "Create a bearer token; prints it once", [](cli::Spec& spec) {
    struct Options {
      std::string email, name = "cli";
    };
    auto o = std::make_shared<Options>();
    spec.Text("--email", o->email, "Account the token acts as", true)
        .Text("--name", o->name, "What the token is for");
    return [o](cli::Context& ctx) {
      ctx.out() << ctx.Use<Accounts>().CreateApiToken(Caller::Operator(), o->email, o->name).token
                << "\n";
    };
  });
  commands.Add(
      "token list", "List an account's live tokens (never the tokens)", [](cli::Spec& spec) {
        auto email = std::make_shared<std::string>();
        spec.Text("--email", *email, "Account whose tokens to list", true);
        return [email](cli::Context& ctx) {
          for (const auto& t : ctx.Use<Accounts>().ApiTokens(Caller::Operator(), *email)) {
            ctx.out() << t.id << "  expires " << IsoTime(t.expires_at) << "  " << t.name << "\n";
          }
        };
      });
  commands.Add("token revoke", "End a token at once", [](cli::Spec& spec) {
    struct Options {
      std::string email, id;
    };
    auto o = std::make_shared<Options>();
    spec.Text("--email", o->email, "Account the token acts as", true)
        .Text("--id", o->id, "The token's id, from token list", true);
    return [o](cli::Context& ctx) {
      ctx.Use<Accounts>().RevokeApiToken(Caller::Operator(), o->email, o->id);
      ctx.out() << "token " << o->id << " of " << o->email << " revoked\n";
    };
  });
}

}  // namespace boardlens::accounts
