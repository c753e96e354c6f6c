package org.phasezero.value;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An outcome as entered. The four shares are percentages (25 for 25%), as SROI guides and
 * spreadsheets write them; the account keeps them as fractions.
 */
public class SroiOutcomeForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{sroi.stakeholder.required}")
  @Size(max = 100, message = "{field.tooLong}")
  private String stakeholder;

  @NotBlank(message = "{sroi.outcome.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String name;

  @Size(max = 500, message = "{field.tooLong}")
  private String indicator;

  @NotNull(message = "{sroi.quantity.required}")
  @DecimalMin(value = "0", message = "{sroi.quantity.range}")
  @Digits(integer = 10, fraction = 2, message = "{sroi.quantity.range}")
  private BigDecimal quantity;

  @NotBlank(message = "{sroi.quantitySource.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String quantitySource;

  @NotNull(message = "{sroi.proxyValue.required}")
  @DecimalMin(value = "0", message = "{sroi.proxyValue.range}")
  @Digits(integer = 12, fraction = 2, message = "{sroi.pennies}")
  private BigDecimal proxyValue;

  @Size(max = 500, message = "{field.tooLong}")
  private String proxyDescription;

  @NotBlank(message = "{sroi.proxySource.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String proxySource;

  @Size(max = 300, message = "{field.tooLong}")
  private String proxyLicence;

  @NotNull(message = "{sroi.proxyYear.required}")
  @Min(value = 1990, message = "{sroi.proxyYear.range}")
  @Max(value = 2100, message = "{sroi.proxyYear.range}")
  private Integer proxyYear;

  @DecimalMin(value = "0.0001", message = "{sroi.uprating.range}")
  @DecimalMax(value = "100", message = "{sroi.uprating.range}")
  @Digits(integer = 3, fraction = 4, message = "{sroi.uprating.range}")
  private BigDecimal uprating = BigDecimal.ONE;

  @NotNull(message = "{sroi.proxyOrigin.required}")
  private ProxyOrigin proxyOrigin = ProxyOrigin.ENTERED;

  @NotNull(message = "{sroi.duration.required}")
  @Min(value = 1, message = "{sroi.duration.range}")
  @Max(value = 200, message = "{sroi.duration.range}")
  private Integer duration;

  @Percentage(message = "{sroi.deadweight.range}")
  private BigDecimal deadweightPercent;

  @Percentage(message = "{sroi.displacement.range}")
  private BigDecimal displacementPercent;

  @Percentage(message = "{sroi.attribution.range}")
  private BigDecimal attributionPercent;

  @Percentage(message = "{sroi.dropOff.range}")
  private BigDecimal dropOffPercent;

  /** A wellbeing measure of the account's partnership whose improvements give the quantity. */
  private Long measureId;

  /** The value game outcome whose stakeholder-derived value is the proxy. */
  private Long valueGameOutcomeId;

  private Integer version;

  public static SroiOutcomeForm of(SroiOutcome o) {
    SroiOutcomeForm f = new SroiOutcomeForm();
    f.stakeholder = o.stakeholder();
    f.name = o.name();
    f.indicator = o.indicator();
    f.quantity = o.quantity();
    f.quantitySource = o.quantitySource();
    f.proxyValue = o.proxyValue();
    f.proxyDescription = o.proxyDescription();
    f.proxySource = o.proxySource();
    f.proxyLicence = o.proxyLicence();
    f.proxyYear = o.proxyYear();
    f.uprating = o.uprating().stripTrailingZeros();
    f.proxyOrigin = o.proxyOrigin();
    f.duration = o.duration();
    f.deadweightPercent = percent(o.deadweight());
    f.displacementPercent = percent(o.displacement());
    f.attributionPercent = percent(o.attribution());
    f.dropOffPercent = percent(o.dropOff());
    f.measureId = o.measureId();
    f.valueGameOutcomeId = o.valueGameOutcomeId();
    f.version = o.version();
    return f;
  }

  private static BigDecimal percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0, RoundingMode.UNNECESSARY) : p;
  }

  /** A percentage as the fraction the account keeps: 25 → 0.25. */
  static BigDecimal fraction(BigDecimal percent) {
    return percent.movePointLeft(2);
  }

  public String getStakeholder() { return stakeholder; }
  public void setStakeholder(String v) { stakeholder = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getIndicator() { return indicator; }
  public void setIndicator(String v) { indicator = v; }
  public BigDecimal getQuantity() { return quantity; }
  public void setQuantity(BigDecimal v) { quantity = v; }
  public String getQuantitySource() { return quantitySource; }
  public void setQuantitySource(String v) { quantitySource = v; }
  public BigDecimal getProxyValue() { return proxyValue; }
  public void setProxyValue(BigDecimal v) { proxyValue = v; }
  public String getProxyDescription() { return proxyDescription; }
  public void setProxyDescription(String v) { proxyDescription = v; }
  public String getProxySource() { return proxySource; }
  public void setProxySource(String v) { proxySource = v; }
  public String getProxyLicence() { return proxyLicence; }
  public void setProxyLicence(String v) { proxyLicence = v; }
  public Integer getProxyYear() { return proxyYear; }
  public void setProxyYear(Integer v) { proxyYear = v; }
  public BigDecimal getUprating() { return uprating; }
  public void setUprating(BigDecimal v) { uprating = v; }
  public ProxyOrigin getProxyOrigin() { return proxyOrigin; }
  public void setProxyOrigin(ProxyOrigin v) { proxyOrigin = v; }
  public Integer getDuration() { return duration; }
  public void setDuration(Integer v) { duration = v; }
  public BigDecimal getDeadweightPercent() { return deadweightPercent; }
  public void setDeadweightPercent(BigDecimal v) { deadweightPercent = v; }
  public BigDecimal getDisplacementPercent() { return displacementPercent; }
  public void setDisplacementPercent(BigDecimal v) { displacementPercent = v; }
  public BigDecimal getAttributionPercent() { return attributionPercent; }
  public void setAttributionPercent(BigDecimal v) { attributionPercent = v; }
  public BigDecimal getDropOffPercent() { return dropOffPercent; }
  public void setDropOffPercent(BigDecimal v) { dropOffPercent = v; }
  public Long getMeasureId() { return measureId; }
  public void setMeasureId(Long v) { measureId = v; }
  public Long getValueGameOutcomeId() { return valueGameOutcomeId; }
  public void setValueGameOutcomeId(Long v) { valueGameOutcomeId = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
