-- A pseudonym names one person: research sources replace a speaker's name with it, and find the
-- person (and so check their research-use consent) by it. Two people sharing one made attribution
-- ambiguous, and the speaker was then left unlinked. Existing duplicates keep the first holder's
-- pseudonym; the others get theirs with their record number added.
update person set pseudonym = null where pseudonym is not null and trim(pseudonym) = '';
update person set pseudonym = pseudonym || ' (' || cast(id as varchar(20)) || ')'
where pseudonym is not null and exists (
  select 1 from person first where first.pseudonym = person.pseudonym and first.id < person.id);
create unique index person_pseudonym_unique on person (pseudonym);
