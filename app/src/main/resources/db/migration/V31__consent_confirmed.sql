-- When a standing consent was last confirmed with the person (consent is an ongoing conversation):
-- the coordinator's home page lists consents neither given nor confirmed in the last two years.
alter table consent add column confirmed_on date;
