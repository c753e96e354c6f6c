/**
 * Blind parallel coding rounds: coders code the same sources with the same codes, each seeing only
 * their own codings while the round is open; closing computes inter-coder agreement with the
 * analysis library (percent, Cohen's and Fleiss' kappa, Krippendorff's alpha with a bootstrap
 * interval, unitised alpha) and keeps it, and the owner settles disagreements into the project's
 * agreed coding with a reason per decision. Tables {@code coding_round}, {@code coding_round_source},
 * {@code coding_round_code}, {@code coding_round_coder}, {@code coding_round_finished},
 * {@code coding_round_agreement} and {@code coding_round_decision}; a round's codings are rows of
 * {@code coding} with {@code round_id} set.
 */
@org.springframework.modulith.NamedInterface("rounds")
package org.phasezero.evidence.rounds;
