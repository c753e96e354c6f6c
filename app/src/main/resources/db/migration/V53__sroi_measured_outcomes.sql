-- An SROI outcome may be measured rather than counted by hand: its quantity is then read, each
-- time the account is shown, as the people with a meaningful improvement on a wellbeing measure.
alter table sroi_outcome add column measure_id bigint references wellbeing_measure (id);
