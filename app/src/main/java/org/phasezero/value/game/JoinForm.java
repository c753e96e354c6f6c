package org.phasezero.value.game;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Joining a game in the room: the code on the screen, a name to play under and one's group. */
public class JoinForm {

  @NotBlank(message = "{game.code.required}")
  @Size(max = 20, message = "{game.code.unknown}")
  private String code;

  @NotBlank(message = "{game.label.required}")
  @Size(max = 60, message = "{field.tooLong}")
  private String label;

  @NotNull(message = "{game.group.required}")
  private StakeholderGroup group;

  public String getCode() { return code; }
  public void setCode(String v) { code = v; }
  public String getLabel() { return label; }
  public void setLabel(String v) { label = v; }
  public StakeholderGroup getGroup() { return group; }
  public void setGroup(StakeholderGroup v) { group = v; }
}
