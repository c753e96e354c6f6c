/**
 * {@code phasezero spark freq|keyness|collocates}: the command line of the Spark module, with the
 * options and output of {@code phasezero corpus} (token pattern, case folding, text, JSON or CSV)
 * plus where the documents come from (a file or folder, a text column, a condition) and where
 * Spark runs.
 */
package org.phasezero.spark.cli;
