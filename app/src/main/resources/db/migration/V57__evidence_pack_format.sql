-- The format a pack was made in: later formats add sections, and a pack is checked against today's
-- records in its own format, so a pack made before a section existed still reproduces.
alter table evidence_pack add column content_format integer default 1 not null;
