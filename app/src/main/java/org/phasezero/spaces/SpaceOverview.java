package org.phasezero.spaces;

/** What every role may know of a space: its name and kind, and whose it is. No people. */
public record SpaceOverview(long id, String name, SpaceKind kind, long partnershipId, String partnershipName) {}
