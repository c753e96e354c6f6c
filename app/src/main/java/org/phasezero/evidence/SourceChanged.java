package org.phasezero.evidence;

/** A source was added, changed or removed, or its turns were withheld: the search index follows. */
public record SourceChanged(long sourceId) {}
