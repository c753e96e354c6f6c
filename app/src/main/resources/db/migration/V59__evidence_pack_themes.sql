-- A pack may carry the themes of one thematic network, with quotes from turns whose speakers'
-- research consent stands (a withdrawn quote's coding is voided, so it is never among them).
alter table evidence_pack add column thematic_network_id bigint references thematic_network (id);
