package org.phasezero.spaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.phasezero.partnerships.LadderStep;

/**
 * What a person enters to plan or change a meeting. The date may lie ahead (a meeting can be planned);
 * attendance and contributions are refused until it has taken place.
 */
public class MeetingForm implements org.phasezero.shared.Versioned {

  @NotNull(message = "{meeting.spaceId.required}")
  private Long spaceId;

  @NotNull(message = "{meeting.date.required}")
  private LocalDate date;

  @NotBlank(message = "{meeting.title.required}")
  @Size(max = 200, message = "{field.tooLong}")
  private String title;

  private Long siteId;

  @Size(max = 4000, message = "{field.tooLong}")
  private String agenda;

  private LadderStep ladderStep;
  private boolean coCommissioning;
  private boolean coDesign;
  private boolean coDelivery;
  private boolean coAssessment;

  /** The version the person edited, for optimistic locking; ignored on create. */
  private Integer version;

  public static MeetingForm of(Meeting m) {
    MeetingForm f = new MeetingForm();
    f.spaceId = m.spaceId();
    f.date = m.date();
    f.title = m.title();
    f.siteId = m.siteId();
    f.agenda = m.agenda();
    f.ladderStep = m.ladderStep();
    f.coCommissioning = m.coCommissioning();
    f.coDesign = m.coDesign();
    f.coDelivery = m.coDelivery();
    f.coAssessment = m.coAssessment();
    f.version = m.version();
    return f;
  }

  public Long getSpaceId() { return spaceId; }
  public void setSpaceId(Long v) { spaceId = v; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate v) { date = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public Long getSiteId() { return siteId; }
  public void setSiteId(Long v) { siteId = v; }
  public String getAgenda() { return agenda; }
  public void setAgenda(String v) { agenda = v; }
  public LadderStep getLadderStep() { return ladderStep; }
  public void setLadderStep(LadderStep v) { ladderStep = v; }
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
