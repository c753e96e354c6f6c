-- "Already exists" rules backed by the database, so that simultaneous requests cannot both get
-- past a check-then-insert (25 parallel identical claims once created four live claims).
--
-- A rule such as "one live claim per person, meeting and activity" concerns live rows only: voided
-- (or withdrawn, or ended) rows may repeat. Partial unique indexes would say that directly, but H2
-- and PostgreSQL differ on them, so each table gets a nullable live_key: 1 while the row is live,
-- null once it is not. Unique indexes treat nulls as distinct on both databases, so
-- unique (…, live_key) allows any number of dead rows and one live one. A check ties live_key to
-- the row's state, so an update that voids a row but forgets live_key fails instead of silently
-- blocking a new live row.
--
-- Live duplicates made before this rule existed are voided (the earliest stays), with a reason.

-- Claims: one live claim per person, meeting and activity.
update payment_claim set voided_at = current_timestamp,
  void_reason = 'Duplicate claim voided when one claim per person, meeting and activity became a database rule'
where voided_at is null and exists (select 1 from payment_claim e where e.person_id = payment_claim.person_id
  and e.meeting_id = payment_claim.meeting_id and e.activity = payment_claim.activity
  and e.voided_at is null and e.id < payment_claim.id);
alter table payment_claim add column live_key smallint default 1;
update payment_claim set live_key = null where voided_at is not null;
alter table payment_claim add constraint payment_claim_live_key
  check ((voided_at is null and live_key = 1) or (voided_at is not null and live_key is null));
create unique index payment_claim_one_live on payment_claim (person_id, meeting_id, activity, live_key);

-- Attendance: a person attends a meeting once.
update meeting_attendance set voided_at = current_timestamp,
  void_reason = 'Duplicate attendance voided when attending once became a database rule'
where voided_at is null and exists (select 1 from meeting_attendance e where e.meeting_id = meeting_attendance.meeting_id
  and e.person_id = meeting_attendance.person_id and e.voided_at is null and e.id < meeting_attendance.id);
alter table meeting_attendance add column live_key smallint default 1;
update meeting_attendance set live_key = null where voided_at is not null;
alter table meeting_attendance add constraint meeting_attendance_live_key
  check ((voided_at is null and live_key = 1) or (voided_at is not null and live_key is null));
create unique index meeting_attendance_one_live on meeting_attendance (meeting_id, person_id, live_key);

-- Space members: a person is a member of a space once at a time.
update space_member set voided_at = current_timestamp,
  void_reason = 'Duplicate membership voided when membership once became a database rule'
where voided_at is null and exists (select 1 from space_member e where e.space_id = space_member.space_id
  and e.person_id = space_member.person_id and e.voided_at is null and e.id < space_member.id);
alter table space_member add column live_key smallint default 1;
update space_member set live_key = null where voided_at is not null;
alter table space_member add constraint space_member_live_key
  check ((voided_at is null and live_key = 1) or (voided_at is not null and live_key is null));
create unique index space_member_one_live on space_member (space_id, person_id, live_key);

-- Organisation memberships: a person belongs to an organisation once.
update membership set voided_at = current_timestamp,
  void_reason = 'Duplicate membership voided when membership once became a database rule'
where voided_at is null and exists (select 1 from membership e where e.person_id = membership.person_id
  and e.organisation_id = membership.organisation_id and e.voided_at is null and e.id < membership.id);
alter table membership add column live_key smallint default 1;
update membership set live_key = null where voided_at is not null;
alter table membership add constraint membership_live_key
  check ((voided_at is null and live_key = 1) or (voided_at is not null and live_key is null));
create unique index membership_one_live on membership (person_id, organisation_id, live_key);

-- Consents: one standing consent per person and purpose (withdrawn or voided ones may repeat).
update consent set voided_at = current_timestamp,
  void_reason = 'Duplicate consent voided when one standing consent per purpose became a database rule'
where voided_at is null and withdrawn_on is null and exists (select 1 from consent e
  where e.person_id = consent.person_id and e.purpose = consent.purpose
  and e.voided_at is null and e.withdrawn_on is null and e.id < consent.id);
alter table consent add column live_key smallint default 1;
update consent set live_key = null where voided_at is not null or withdrawn_on is not null;
alter table consent add constraint consent_live_key
  check ((voided_at is null and withdrawn_on is null and live_key = 1)
    or ((voided_at is not null or withdrawn_on is not null) and live_key is null));
create unique index consent_one_standing on consent (person_id, purpose, live_key);

-- Partnership members already have a primary key (partnership_id, organisation_id).
