package org.phasezero.network;

import java.time.LocalDate;

/**
 * A person withdrew their consent to research use. Research records react at once: the person's
 * turns leave analysis and exports, and any quote of theirs already used is flagged.
 */
public record ResearchConsentWithdrawn(long personId, long consentId, LocalDate withdrawnOn) {}
