package org.phasezero.spaces;

/**
 * The ladder of co-production, from doing <em>to</em> people (coercion, educating), through doing
 * <em>for</em> them (informing, consultation, engagement), to doing <em>with</em> them (co-design,
 * co-production). Stand-in with exactly the names of {@code org.phasezero.partnerships.LadderStep},
 * which the partnerships capability is adding; meetings store the name, so swapping this enum for
 * that one changes no data.
 */
public enum LadderStep {
  COERCION, EDUCATING, INFORMING, CONSULTATION, ENGAGEMENT, CO_DESIGN, CO_PRODUCTION
}
