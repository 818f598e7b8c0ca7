#pragma once
/// The board use cases: its members, and the invitation links that let a member make an
/// account and sign in without an operator.

#include <optional>
#include <string>
#include <vector>

#include "boardlens/base/access.hpp"
#include "boardlens/base/clock.hpp"
#include "boardlens/db/database.hpp"
#include "boardlens/features/accounts/accounts.hpp"
#include "boardlens/features/orgs/organisation.hpp"
#include "boardlens/features/orgs/organisations.hpp"
#include "boardlens/features/orgs/repository.hpp"

namespace boardlens::orgs {

/// What InviteMember did for a board member, or InviteToRole for an email address.
struct Invitation {
  enum class Outcome {
    kLinkCreated,       ///< `token` goes in the link they follow to join
    kAlreadyHasAccess,  ///< nothing to do
  } outcome = Outcome::kLinkCreated;
  std::string token;  ///< the link's secret; shown once, only its hash is stored
  std::int64_t expires_at = 0;
  Member member;  ///< InviteMember's; empty for a role
};

/// Who an invitation link is for, shown before they join.
struct InvitationTarget {
  Organisation org;
  std::optional<Member> member;  ///< a board member's link
  std::string email;             ///< whose link: the member's email, or the one a role is for
  Role role = Role::kMember;     ///< what joining gives
  std::int64_t expires_at = 0;
  bool has_account = false;  ///< an account with `email` exists already; never shown
};

class Board {
 public:
  Board(db::Database& db, const Clock& clock, const Settings& settings,
        Organisations& organisations, accounts::Accounts& accounts)
      : db_(db),
        repository_(db),
        clock_(clock),
        settings_(settings),
        organisations_(organisations),
        accounts_(accounts) {}

  const Settings& settings() const { return settings_; }

  Member AddMember(const Caller& caller, const std::string& ods, Member member);
  Member UpdateMember(const Caller& caller, const std::string& ods, Member member);
  /// The board; emails only for the secretary and above, who manage them.
  std::vector<Member> ListMembers(const Caller& caller, const std::string& ods);
  /// The caller's own board membership, if they are a board member with the member role or
  /// above (only such members answer rounds).
  std::optional<Member> MyMembership(const Caller& caller, const std::string& ods);
  /// Board member `member_id` of `ods`, who may own a record or answer for it. Anyone else is
  /// refused as Invalid at `field`, called `who` ("the owner must be a board member of RZZ").
  Member RequireMember(const Caller& caller, const std::string& ods, Id member_id,
                       const std::string& field = "owner", std::string_view who = "the owner");
  /// The board member with the caller's email in `access.org`, who answers its rounds;
  /// forbidden when there is none.
  Member RequireAnsweringMember(const Caller& caller, const OrgAccess& access);
  /// Who keeps the board's digital records (the services register, the strategy, the
  /// portfolio, the risks, the checklist): the secretary and above, and the executive
  /// directors, among them the digital lead. Non-executives read them and challenge; they do
  /// not write the record they assure. Forbidden for anyone else, naming `what`.
  OrgAccess RequireKeeper(const Caller& caller, const std::string& ods, const std::string& what);
  /// RequireKeeper as a yes or no, for pages that offer their forms only to keepers.
  bool IsKeeper(const Caller& caller, const std::string& ods);
  /// For the secretary: which board members can sign in, and which have an invitation link.
  std::vector<MemberAccess> Access(const Caller& caller, const std::string& ods);

  /// A new invitation link for board member `member_id`, which cancels any earlier one; none
  /// when their account can sign in here already.
  Invitation InviteMember(const Caller& caller, const std::string& ods, Id member_id);
  /// For an admin: a link offering `role` here to whoever holds `email`, which cancels any
  /// earlier one for that address. The role is theirs only once they accept it, with the
  /// account they have or a new one; and the answer is the same whether or not an account has
  /// that address, so that an admin cannot use it to find out.
  Invitation InviteToRole(const Caller& caller, const std::string& ods, const std::string& email,
                          Role role);
  /// Whom a live link is for; not found when it has expired, been used or been replaced.
  InvitationTarget FindInvitation(const std::string& token);
  /// Gives the link's role (a board member's: at least the member role), uses up the link and
  /// signs them in. Without an account, `password` becomes the new account's, named after the
  /// board member or, for a role's link, `name`; with one, it must be that account's (checked
  /// as a sign-in, `source` for rate limiting), so that whoever holds a link cannot take over
  /// somebody else's account. Where boardlens sends email, the link goes to the address alone,
  /// so holding it proves holding the address; where it does not, the secretary or admin who
  /// hands it on vouches for whom it reaches.
  accounts::SignIn AcceptInvitation(const std::string& token, const std::string& password,
                                    const std::string& source, const std::string& name = {});

 private:
  db::Database& db_;
  Repository repository_;
  const Clock& clock_;
  const Settings& settings_;
  Organisations& organisations_;
  accounts::Accounts& accounts_;
};

}  // namespace boardlens::orgs
