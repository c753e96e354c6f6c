package org.phasezero.partnerships;

/** Published when a partnership enters another phase, for capabilities that react to progress. */
public record PartnershipMoved(long partnershipId, Phase from, Phase to, String reason) {}
