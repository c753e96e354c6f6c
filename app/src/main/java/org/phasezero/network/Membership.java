package org.phasezero.network;

import java.time.LocalDate;

/** A person's membership of an organisation. */
public record Membership(long id, long personId, long organisationId, String organisationName, Side side,
    String roleInOrganisation, LocalDate since) {}
