-- An invitation link may also offer a role to an email address, which its holder accepts
-- with the account they have (or make one): an admin no longer gives a role to somebody
-- else's account, nor learns whether an address has one. Such a link has an email and a role
-- and no board member; a board member's link has neither.
ALTER TABLE invitations ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE invitations ADD COLUMN email TEXT;
ALTER TABLE invitations ADD COLUMN role TEXT
  CHECK (role IN ('admin', 'secretary', 'member', 'viewer'));
ALTER TABLE invitations ADD CONSTRAINT invitations_for_one_target
  CHECK ((member_id IS NULL) = (email IS NOT NULL AND role IS NOT NULL)
         AND (email IS NULL) = (role IS NULL));
CREATE INDEX invitations_by_email ON invitations (org_id, email);
