package org.phasezero.value;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.phasezero.analysis.wellbeing.WellbeingScale;

/** A measure as set up; an empty threshold takes the scale's default (3 for WEMWBS, 1 for SWEMWBS). */
public class WellbeingMeasureForm {

  @NotNull(message = "{wellbeing.partnership.required}")
  private Long partnershipId;

  @NotBlank(message = "{wellbeing.title.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String title;

  @NotNull(message = "{wellbeing.scale.required}")
  private WellbeingScale scale = WellbeingScale.SWEMWBS;

  @DecimalMin(value = "0.01", message = "{wellbeing.threshold.range}")
  @DecimalMax(value = "50", message = "{wellbeing.threshold.range}")
  @Digits(integer = 2, fraction = 2, message = "{wellbeing.threshold.range}")
  private BigDecimal threshold;

  @Size(max = 300, message = "{field.tooLong}")
  private String thresholdSource;

  public Long getPartnershipId() { return partnershipId; }
  public void setPartnershipId(Long v) { partnershipId = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public WellbeingScale getScale() { return scale; }
  public void setScale(WellbeingScale v) { scale = v; }
  public BigDecimal getThreshold() { return threshold; }
  public void setThreshold(BigDecimal v) { threshold = v; }
  public String getThresholdSource() { return thresholdSource; }
  public void setThresholdSource(String v) { thresholdSource = v; }
}
