package org.phasezero.evidence;

import java.time.Instant;
import org.phasezero.security.Role;

/** An account that works on a project: researchers, peer researchers, or anyone the project adds. */
public record ProjectMember(long id, String username, String displayName, Role role, String addedBy, Instant addedAt) {}
