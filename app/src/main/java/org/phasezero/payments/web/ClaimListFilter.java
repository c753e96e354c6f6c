package org.phasezero.payments.web;

import java.time.LocalDate;
import org.phasezero.payments.ClaimStatus;
import org.phasezero.payments.Claims;
import org.phasezero.shared.ListLinks;
import org.phasezero.shared.Sorting;
import org.springframework.format.annotation.DateTimeFormat;

/** What the claims list is filtered and sorted by, as the list's query string carries it. */
public class ClaimListFilter {

  private ClaimStatus status;
  private Long personId;
  private Long spaceId;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;
  private String sort;
  private String dir;
  private int page;

  Claims.Query query() {
    return new Claims.Query(status, personId, spaceId, from, to, false);
  }

  Sorting.Sort chosenSort() {
    return Claims.SORTING.resolve(sort, dir);
  }

  ListLinks links() {
    return ListLinks.of("/payments", Claims.SORTING, chosenSort(), "status", status, "personId", personId,
        "spaceId", spaceId, "from", from, "to", to).exportingTo("/payments/claims/export");
  }

  public ClaimStatus getStatus() { return status; }
  public void setStatus(ClaimStatus v) { status = v; }
  public Long getPersonId() { return personId; }
  public void setPersonId(Long v) { personId = v; }
  public Long getSpaceId() { return spaceId; }
  public void setSpaceId(Long v) { spaceId = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
  public String getSort() { return sort; }
  public void setSort(String v) { sort = v; }
  public String getDir() { return dir; }
  public void setDir(String v) { dir = v; }
  public int getPage() { return page; }
  public void setPage(int v) { page = v; }
}
