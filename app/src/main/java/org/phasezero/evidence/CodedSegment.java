package org.phasezero.evidence;

import org.phasezero.network.Side;

/** A coded passage as retrieval shows it: its words, a little context either side, source and speaker. */
public record CodedSegment(Coding coding, String sourceName, String before, String text, String after,
    String speakerLabel, Side speakerSide) {}
