package org.phasezero.evidence.rounds;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A round as set up: its name and instructions, the sources to code, the codes in play and the
 * coders (usernames of the project's researchers and peer researchers).
 */
public class RoundForm {

  @NotBlank(message = "{rounds.name.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String name;
  @Size(max = 4000, message = "{field.tooLong}")
  private String instructions;
  @NotEmpty(message = "{rounds.sources.required}")
  private List<Long> sourceIds = new ArrayList<>();
  @NotEmpty(message = "{rounds.codes.required}")
  private List<Long> codeIds = new ArrayList<>();
  @Size(min = 2, message = "{rounds.coders.required}")
  private List<String> coders = new ArrayList<>();

  public RoundForm() {}

  public RoundForm(String name, List<Long> sourceIds, List<Long> codeIds, List<String> coders) {
    this.name = name;
    this.sourceIds = new ArrayList<>(sourceIds);
    this.codeIds = new ArrayList<>(codeIds);
    this.coders = new ArrayList<>(coders);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public List<Long> getSourceIds() {
    return sourceIds;
  }

  public void setSourceIds(List<Long> sourceIds) {
    this.sourceIds = sourceIds == null ? new ArrayList<>() : sourceIds;
  }

  public List<Long> getCodeIds() {
    return codeIds;
  }

  public void setCodeIds(List<Long> codeIds) {
    this.codeIds = codeIds == null ? new ArrayList<>() : codeIds;
  }

  public List<String> getCoders() {
    return coders;
  }

  public void setCoders(List<String> coders) {
    this.coders = coders == null ? new ArrayList<>() : coders;
  }
}
