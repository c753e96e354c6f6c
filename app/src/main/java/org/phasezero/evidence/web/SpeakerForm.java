package org.phasezero.evidence.web;

/** Which speaker label of a transcript is which person in the network. */
public class SpeakerForm {

  private String label;
  private Long personId;

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }
}
