-- Who uses each service, asked of its keeper rather than guessed from the words that describe
-- its users: staff, patients (with carers and the public), or both. The public user-voice form
-- offers each person the services of their side. Services kept until now get the side that the
-- form used to work out from their users' description, once.
ALTER TABLE services ADD COLUMN audience TEXT NOT NULL DEFAULT 'both'
  CHECK (audience IN ('staff', 'patients', 'both'));

UPDATE services SET audience = CASE
  WHEN TRIM(user_groups) = '' THEN 'both'
  WHEN NOT (LOWER(user_groups) LIKE '%patient%' OR LOWER(user_groups) LIKE '%carer%'
            OR LOWER(user_groups) LIKE '%visitor%' OR LOWER(user_groups) LIKE '%public%'
            OR LOWER(user_groups) LIKE '%citizen%' OR LOWER(user_groups) LIKE '%parent%'
            OR LOWER(user_groups) LIKE '%famil%' OR LOWER(user_groups) LIKE '%resident%'
            OR LOWER(user_groups) LIKE '%people who use%') THEN 'staff'
  WHEN LOWER(user_groups) LIKE '%staff%' OR LOWER(user_groups) LIKE '%nurse%'
    OR LOWER(user_groups) LIKE '%doctor%' OR LOWER(user_groups) LIKE '%clinician%' OR LOWER(user_groups) LIKE '%clinical%'
    OR LOWER(user_groups) LIKE '%consultant%' OR LOWER(user_groups) LIKE '%prescriber%'
    OR LOWER(user_groups) LIKE '%pharmacist%' OR LOWER(user_groups) LIKE '%secretar%'
    OR LOWER(user_groups) LIKE '%manager%' OR LOWER(user_groups) LIKE '%team%'
    OR LOWER(user_groups) LIKE '%ward%' OR LOWER(user_groups) LIKE '%therap%'
    OR LOWER(user_groups) LIKE '%midwi%' OR LOWER(user_groups) LIKE '%porter%'
    OR LOWER(user_groups) LIKE '%admin%' OR LOWER(user_groups) LIKE '%colleague%'
    OR LOWER(user_groups) LIKE '%employee%' OR LOWER(user_groups) LIKE '%surgeon%'
    OR LOWER(user_groups) LIKE '%physician%' THEN 'both'
  ELSE 'patients'
END;
