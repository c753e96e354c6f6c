/**
 * Corpus counting on Apache Spark with the analysis library's own rules: the same tokeniser and
 * case folding ({@link org.phasezero.analysis.corpus.Tokenization}), the same statistics
 * ({@link org.phasezero.analysis.corpus.KeynessScore},
 * {@link org.phasezero.analysis.corpus.Collocates#collocate}) and the same orders, so that a
 * result from Spark equals the single-machine engine's on the same texts, to the last bit.
 *
 * <p>Each input row (a post, a turn, a page of minutes) is one document. {@link SparkCounts}
 * tokenises once per job; {@link TopK} ranks across partitions exactly.
 */
package org.phasezero.spark;
