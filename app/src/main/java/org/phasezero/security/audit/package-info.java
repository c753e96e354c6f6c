/** The append-only audit trail: who did what, when, to which record, with before and after. */
@org.springframework.modulith.NamedInterface("audit")
package org.phasezero.security.audit;
