package org.phasezero.value.game;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A paper sheet entered afterwards: the player's name and group, the round, and for each outcome
 * (by id) the position it was placed at. A player already entered (the same name) is added to.
 */
public class PaperForm {

  @NotBlank(message = "{game.label.required}")
  @Size(max = 60, message = "{field.tooLong}")
  private String label;

  @NotNull(message = "{game.group.required}")
  private StakeholderGroup group;

  @NotNull(message = "{game.round.required}")
  @Min(value = 1, message = "{game.round.required}")
  @Max(value = 1000, message = "{game.round.required}")
  private Integer round;

  private Map<Long, Integer> positions = new LinkedHashMap<>();

  public String getLabel() { return label; }
  public void setLabel(String v) { label = v; }
  public StakeholderGroup getGroup() { return group; }
  public void setGroup(StakeholderGroup v) { group = v; }
  public Integer getRound() { return round; }
  public void setRound(Integer v) { round = v; }
  public Map<Long, Integer> getPositions() { return positions; }
  public void setPositions(Map<Long, Integer> v) { positions = v == null ? new LinkedHashMap<>() : v; }
}
