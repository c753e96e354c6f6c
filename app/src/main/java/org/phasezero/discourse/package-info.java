/**
 * Discourse: how value is talked about. Corpora of a research project, built from its evidence (read
 * through the evidence module when analysed, so withdrawn consent and new codings apply at once),
 * from a partnership's minutes (read through the spaces module, no one named), or from online posts imported from forum and social media exports (authors pseudonymised on import,
 * duplicates kept once); sub-corpora saved by definition (the speaker's side, a code or theme, the
 * kind of source, a period, a forum or author); and the analysis library's frequency lists,
 * keyword in context, collocates and keyness over them, with word lists counted by side and year.
 * Tables {@code discourse_corpus}, {@code discourse_import}, {@code discourse_post},
 * {@code discourse_subcorpus} and {@code discourse_word_list}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "security :: audit",
    "network", "evidence", "evidence :: themes", "partnerships", "spaces"})
package org.phasezero.discourse;
