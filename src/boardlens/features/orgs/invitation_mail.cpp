// Where this installation sends mail, an invitation link goes by email to the one it is for,
// and only to them: whoever made it never holds it, so cannot follow it to make an account for
// an address they do not control.

#include "boardlens/base/clock.hpp"
#include "boardlens/features/orgs/board.hpp"
#include "boardlens/features/orgs/feature.hpp"
#include "boardlens/http/call.hpp"
#include "boardlens/http/site.hpp"
#include "boardlens/mail/outbox.hpp"

namespace boardlens::orgs {

bool MailInvitation(http::Call& call, const Invitation& invitation, const std::string& to,
                    const std::string& org_name, const std::string& what) {
  auto& outbox = call.Use<mail::Outbox>();
  if (!outbox.configured()) return false;
  const std::string link = call.Use<http::Site>().base_url() + "/join/" + invitation.token;
  const std::string greeting =
      invitation.member.name.empty() ? "Hello" : "Hello " + invitation.member.name;
  // Sent after the answer, by the outbox, so the answer is alike whether or not an account
  // uses the address; a failure is logged.
  outbox.Post({to, "Your invitation to " + org_name + " on boardlens",
               greeting + ",\n\n" + what + "\n\nTo accept, follow this link by " +
                   DateText(invitation.expires_at) + ":\n" + link +
                   "\n\nThe link works once, and only for you: do not pass it on. If you did "
                   "not expect this email, ignore it.\n"});
  return true;
}

}  // namespace boardlens::orgs
