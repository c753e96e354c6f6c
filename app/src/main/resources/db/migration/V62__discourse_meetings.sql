-- A meetings corpus reads the minutes of one partnership's meetings (agendas, decisions, actions)
-- when analysed; the other kinds name no partnership.
alter table discourse_corpus add column partnership_id bigint references partnership (id);
alter table discourse_corpus add constraint discourse_corpus_meetings_partnership
  check ((kind = 'MEETINGS' and partnership_id is not null) or (kind <> 'MEETINGS' and partnership_id is null));
