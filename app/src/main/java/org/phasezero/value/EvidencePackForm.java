package org.phasezero.value;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What a pack covers: a partnership, a period, and optionally the SROI account and the themes it reports. */
public class EvidencePackForm {

  @NotNull(message = "{pack.partnership.required}")
  private Long partnershipId;

  @NotNull(message = "{sroi.periodFrom.required}")
  private LocalDate periodFrom;

  @NotNull(message = "{sroi.periodTo.required}")
  private LocalDate periodTo;

  private Long sroiAccountId;

  /** A thematic network whose themes and consented quotes the pack carries. */
  private Long thematicNetworkId;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate v) { periodFrom = v; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate v) { periodTo = v; }
  public Long getSroiAccountId() { return sroiAccountId; }
  public void setSroiAccountId(Long v) { sroiAccountId = v; }
  public Long getThematicNetworkId() { return thematicNetworkId; }
  public void setThematicNetworkId(Long v) { thematicNetworkId = v; }
}
