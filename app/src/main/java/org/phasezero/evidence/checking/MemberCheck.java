package org.phasezero.evidence.checking;

import java.time.Instant;
import java.util.List;

/**
 * A member check sent to one participant: the summary, the themes and quotes it shows, and the
 * answers once given ({@code respondedHow} LINK or PAPER).
 */
public record MemberCheck(long id, long projectId, long personId, String participant, Long networkId, String summary,
    Instant expiresAt, String createdBy, Instant createdAt, Instant respondedAt, String respondedHow,
    String overallComment, Instant voidedAt, String voidReason, List<ThemeItem> themes, List<Quote> quotes) {

  /** A theme shown for agreement, with the answer. */
  public record ThemeItem(long themeId, String name, String description, String tier, String response,
      String comment) {}

  /** A quote from the participant's own words, with the answer. */
  public record Quote(int seq, long sourceId, String sourceName, int start, int end, String text, String response,
      String comment) {

    public boolean withdrawn() {
      return "WITHDRAW".equals(response);
    }
  }

  public boolean responded() {
    return respondedAt != null;
  }

  public boolean voided() {
    return voidedAt != null;
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
