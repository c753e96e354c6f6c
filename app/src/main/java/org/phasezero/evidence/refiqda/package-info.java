/**
 * REFI-QDA interchange: reading, writing and validating {@code .qdpx} project files (QDA-XML 1.0,
 * {@code urn:QDA-XML:project:1.0}) so that projects coded in NVivo, ATLAS.ti, MAXQDA, qc and other
 * tools can move into and out of the evidence workspace.
 *
 * <p>The model ({@link org.phasezero.evidence.refiqda.QdaProject} and the records it holds) keeps
 * every element and attribute of the schema. {@link org.phasezero.evidence.refiqda.QdpxReader}
 * reads a file safely (no DTDs or external entities, no zip path traversal, bounded expansion) and
 * leniently where real exports deviate from the standard, listing each deviation as a warning.
 * {@link org.phasezero.evidence.refiqda.QdpxWriter} writes a file that validates against the
 * official {@code Project.xsd}; {@link org.phasezero.evidence.refiqda.QdpxValidator} checks a file
 * against that schema (supplied by the caller: its licence keeps it out of this repository) and
 * checks references between elements in code.
 *
 * <p><b>Text positions.</b> A text's characters are held normalised: no byte-order mark, and every
 * CR LF or lone CR turned into LF. Selection start and end positions are Java {@code String}
 * (UTF-16) indices into that normalised text, the end exclusive, so {@code text.substring(start,
 * end)} is the selected text. The standard counts Unicode code points instead, and producers differ
 * from it; {@link org.phasezero.evidence.refiqda.ProducerPositions} converts on reading and the
 * writer writes standard positions.
 */
@org.springframework.modulith.NamedInterface("refiqda")
package org.phasezero.evidence.refiqda;
