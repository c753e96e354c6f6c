-- The language a person chose for the pages (an IETF tag such as 'ur' or 'bn'); null until they
-- choose, when the pages are in English (or in the language remembered by their browser's cookie).
alter table account add column language varchar(16);
