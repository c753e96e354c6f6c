package org.phasezero.partnerships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What changes as a partnership matures: its focus, the purpose agreed and when, and the four Co's (phase 2). */
public class PartnershipDetailsForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{partnership.focus.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String focus;

  @Size(max = 2000, message = "{field.tooLong}")
  private String purpose;

  @PastOrPresent(message = "{date.future}")
  private LocalDate purposeAgreedOn;

  private boolean coCommissioning;
  private boolean coDesign;
  private boolean coDelivery;
  private boolean coAssessment;

  /** The version the person edited, for optimistic locking. */
  private Integer version;

  public static PartnershipDetailsForm of(Partnership p) {
    PartnershipDetailsForm f = new PartnershipDetailsForm();
    f.focus = p.focus();
    f.purpose = p.purpose();
    f.purposeAgreedOn = p.purposeAgreedOn();
    f.coCommissioning = p.coCommissioning();
    f.coDesign = p.coDesign();
    f.coDelivery = p.coDelivery();
    f.coAssessment = p.coAssessment();
    f.version = p.version();
    return f;
  }

  public String getFocus() { return focus; }
  public void setFocus(String v) { focus = v; }
  public String getPurpose() { return purpose; }
  public void setPurpose(String v) { purpose = v; }
  public LocalDate getPurposeAgreedOn() { return purposeAgreedOn; }
  public void setPurposeAgreedOn(LocalDate v) { purposeAgreedOn = v; }
  public boolean isCoCommissioning() { return coCommissioning; }
  public void setCoCommissioning(boolean v) { coCommissioning = v; }
  public boolean isCoDesign() { return coDesign; }
  public void setCoDesign(boolean v) { coDesign = v; }
  public boolean isCoDelivery() { return coDelivery; }
  public void setCoDelivery(boolean v) { coDelivery = v; }
  public boolean isCoAssessment() { return coAssessment; }
  public void setCoAssessment(boolean v) { coAssessment = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
