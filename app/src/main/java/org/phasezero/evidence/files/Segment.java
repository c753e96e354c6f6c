package org.phasezero.evidence.files;

/** A range [start, end) of an extracted text: a speaker turn, a timed cue or a paragraph. */
public record Segment(int start, int end, String speakerLabel, Long startMillis, Long endMillis) {}
