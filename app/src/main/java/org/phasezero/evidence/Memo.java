package org.phasezero.evidence;

import java.time.Instant;

/** A researcher's note on a project, a source, a code or a coding. */
public record Memo(long id, long projectId, String guid, MemoTarget target, long targetId, String title, String body,
    String author, Instant createdAt, Instant updatedAt, int version) {}
