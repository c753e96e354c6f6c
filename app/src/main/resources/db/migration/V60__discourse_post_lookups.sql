-- An import checks each batch of posts against the corpus by the hashes of their texts
-- (text_hash in (...)). H2 looks an IN list up only on the first column of an index, so with the
-- corpus first every batch scanned the whole corpus and imports slowed as corpora grew. The hash
-- now leads (the rule, one text once per corpus, is the same), and reading a corpus in order has
-- its own index.
drop index discourse_post_once;
create unique index discourse_post_once on discourse_post (text_hash, corpus_id);
create index discourse_post_corpus on discourse_post (corpus_id, id);
