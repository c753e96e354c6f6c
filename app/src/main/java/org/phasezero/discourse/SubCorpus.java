package org.phasezero.discourse;

import java.time.LocalDate;
import org.phasezero.evidence.SourceKind;
import org.phasezero.network.Side;

/** A sub-corpus by definition: every field that is set narrows the corpus. */
public record SubCorpus(long id, long corpusId, String name, Side side, Long codeId, Long themeId,
    SourceKind sourceKind, LocalDate from, LocalDate to, String forum, String author) {}
