-- REFI-QDA interchange of whole projects.
--
-- A REFI-QDA GUID names an element within one project file, so the same file can be imported into
-- two projects (a second team, or import -> export -> import): GUIDs are unique per project, not
-- across the database.
alter table evidence_source drop constraint evidence_source_guid;
create unique index evidence_source_project_guid on evidence_source (project_id, guid);
alter table evidence_code drop constraint evidence_code_guid;
create unique index evidence_code_project_guid on evidence_code (project_id, guid);
alter table memo drop constraint memo_guid;
create unique index memo_project_guid on memo (project_id, guid);
alter table evidence_case drop constraint evidence_case_guid;
create unique index evidence_case_project_guid on evidence_case (project_id, guid);
alter table case_variable drop constraint case_variable_guid;
create unique index case_variable_project_guid on case_variable (project_id, guid);

-- A coding's own REFI-QDA GUID (null for codings made in PhaseZero: the export derives one from the id).
alter table coding add column guid varchar(36);

-- The people of an imported project (REFI-QDA Users), and the coder string their codings carry.
create table project_user (
  project_id bigint        not null references research_project (id),
  guid       varchar(36)   not null,
  name       varchar(300),
  short_id   varchar(100),
  coder      varchar(60)   not null,
  primary key (project_id, guid),
  constraint project_user_coder unique (project_id, coder)
);

-- The imported project as PhaseZero read it (a .qdpx written back by PhaseZero): everything the
-- database does not model (PDF, picture, audio and video sources with their selections and
-- transcripts, sets, graphs, links, whole-source codings, provenance) is exported from here, with
-- the database's state laid over it.
create table project_baseline (
  project_id  bigint        not null primary key references research_project (id),
  qdpx        bytea         not null,
  file_name   varchar(300),
  warnings    varchar(100000),
  imported_by varchar(60)   not null,
  imported_at timestamp     not null
);
