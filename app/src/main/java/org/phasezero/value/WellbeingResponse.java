package org.phasezero.value;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One completed questionnaire: the answers as given and the scores the analysis library gave them. */
public record WellbeingResponse(long id, long measureId, long personId, int timePoint, LocalDate completedOn,
    ResponseMode mode, String language, List<Integer> items, int raw, BigDecimal metric, String recordedBy,
    Instant createdAt) {}
