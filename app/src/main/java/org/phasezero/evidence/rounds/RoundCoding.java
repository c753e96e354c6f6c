package org.phasezero.evidence.rounds;

/**
 * One coder's coding in a round, as agreement reads it: the code, the source and the range
 * [start, end). A picture region's range is the picture's whole description, so it counts for the
 * description's unit but has no characters of its own for unitised alpha.
 */
public record RoundCoding(long id, String coder, long codeId, long sourceId, int start, int end, boolean region) {}
