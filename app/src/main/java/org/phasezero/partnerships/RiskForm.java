package org.phasezero.partnerships;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A risk as entered; no partnership means a risk to the whole network. */
public class RiskForm implements org.phasezero.shared.Versioned {

  private Long partnershipId;

  @NotNull(message = "{risk.category.required}")
  private RiskCategory category;

  @NotBlank(message = "{risk.title.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String title;

  private Long ownerPersonId;

  @NotNull(message = "{risk.likelihood.required}")
  @Min(value = 1, message = "{risk.scale}")
  @Max(value = 5, message = "{risk.scale}")
  private Integer likelihood;

  @NotNull(message = "{risk.impact.required}")
  @Min(value = 1, message = "{risk.scale}")
  @Max(value = 5, message = "{risk.scale}")
  private Integer impact;

  @Size(max = 4000, message = "{field.tooLong}")
  private String mitigation;

  private LocalDate reviewOn;

  /** The version the person edited, for optimistic locking; ignored on create. */
  private Integer version;

  public static RiskForm of(Risk r) {
    RiskForm f = new RiskForm();
    f.partnershipId = r.partnershipId();
    f.category = r.category();
    f.title = r.title();
    f.ownerPersonId = r.ownerPersonId();
    f.likelihood = r.likelihood();
    f.impact = r.impact();
    f.mitigation = r.mitigation();
    f.reviewOn = r.reviewOn();
    f.version = r.version();
    return f;
  }

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public RiskCategory getCategory() { return category; }
  public void setCategory(RiskCategory v) { category = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public Long getOwnerPersonId() { return ownerPersonId; }
  public void setOwnerPersonId(Long v) { ownerPersonId = v; }
  public Integer getLikelihood() { return likelihood; }
  public void setLikelihood(Integer v) { likelihood = v; }
  public Integer getImpact() { return impact; }
  public void setImpact(Integer v) { impact = v; }
  public String getMitigation() { return mitigation; }
  public void setMitigation(String v) { mitigation = v; }
  public LocalDate getReviewOn() { return reviewOn; }
  public void setReviewOn(LocalDate v) { reviewOn = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
