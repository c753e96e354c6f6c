-- Cases are edited (renamed, their attribute values changed) by several researchers: the version
-- read travels with each change, as for every other edited record. updated_at shows when.
alter table evidence_case add column version integer default 0 not null;
alter table evidence_case add column updated_at timestamp;
update evidence_case set updated_at = created_at;
create index case_source_source on case_source (source_id);
