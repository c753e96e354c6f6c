package org.phasezero.value;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account's settings as entered. The discount rate is a percentage (3.5 for 3.5%); left empty,
 * the account uses the Green Book schedule.
 */
public class SroiAccountForm implements org.phasezero.shared.Versioned {

  private Long partnershipId;

  @NotBlank(message = "{sroi.title.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String title;

  @NotNull(message = "{sroi.periodFrom.required}")
  private LocalDate periodFrom;

  @NotNull(message = "{sroi.periodTo.required}")
  private LocalDate periodTo;

  @NotNull(message = "{sroi.hourRate.required}")
  @DecimalMin(value = "0", message = "{sroi.hourRate.range}")
  @DecimalMax(value = "999999", message = "{sroi.hourRate.range}")
  @Digits(integer = 6, fraction = 2, message = "{sroi.pennies}")
  private BigDecimal hourRate;

  @DecimalMin(value = "0", message = "{sroi.discountRate.range}")
  @DecimalMax(value = "99.99", message = "{sroi.discountRate.range}")
  @Digits(integer = 2, fraction = 2, message = "{sroi.discountRate.range}")
  private BigDecimal discountRatePercent;

  private boolean discountYearOne = true;

  @Size(max = 4000, message = "{field.tooLong}")
  private String notes;

  private Integer version;

  public static SroiAccountForm of(SroiAccount a) {
    SroiAccountForm f = new SroiAccountForm();
    f.partnershipId = a.partnershipId();
    f.title = a.title();
    f.periodFrom = a.periodFrom();
    f.periodTo = a.periodTo();
    f.hourRate = a.hourRate();
    f.discountRatePercent = a.discountRate() == null ? null
        : a.discountRate().movePointRight(2).stripTrailingZeros();
    f.discountYearOne = a.discountYearOne();
    f.notes = a.notes();
    f.version = a.version();
    return f;
  }

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public void setPeriodFrom(LocalDate v) { periodFrom = v; }
  public LocalDate getPeriodTo() { return periodTo; }
  public void setPeriodTo(LocalDate v) { periodTo = v; }
  public BigDecimal getHourRate() { return hourRate; }
  public void setHourRate(BigDecimal v) { hourRate = v; }
  public BigDecimal getDiscountRatePercent() { return discountRatePercent; }
  public void setDiscountRatePercent(BigDecimal v) { discountRatePercent = v; }
  public boolean isDiscountYearOne() { return discountYearOne; }
  public void setDiscountYearOne(boolean v) { discountYearOne = v; }
  public String getNotes() { return notes; }
  public void setNotes(String v) { notes = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
