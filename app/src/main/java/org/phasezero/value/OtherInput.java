package org.phasezero.value;

import java.math.BigDecimal;
import java.time.Instant;

/** An input the ledger cannot know (e.g. staff time not recorded as a resource), with its source. */
public record OtherInput(long id, long accountId, String description, BigDecimal amount, String source,
    String createdBy, Instant createdAt) {}
