package org.phasezero.discourse;

import java.time.Instant;
import org.phasezero.analysis.corpus.Tokenization;

/**
 * A corpus of a research project, with the tokenisation every analysis of it uses; a meetings
 * corpus names the partnership whose minutes it reads ({@code partnershipId}, null for other kinds).
 */
public record DiscourseCorpus(long id, long projectId, String projectName, String name, CorpusKind kind,
    Long partnershipId, String description, String tokenPattern, boolean ignoreCase, String createdBy, Instant createdAt,
    Instant voidedAt, String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  public Tokenization tokenization() {
    return new Tokenization(tokenPattern, ignoreCase);
  }
}
