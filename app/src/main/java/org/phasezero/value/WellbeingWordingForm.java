package org.phasezero.value;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** A scale's wording as entered: one statement per line, and the five answers one per line. */
public class WellbeingWordingForm implements org.phasezero.shared.Versioned {

  @NotBlank(message = "{wellbeing.intro.required}")
  @Size(max = 1000, message = "{field.tooLong}")
  private String intro;

  @NotBlank(message = "{wellbeing.items.required}")
  @Size(max = 4000, message = "{field.tooLong}")
  private String items;

  @NotBlank(message = "{wellbeing.answers.required}")
  @Size(max = 500, message = "{field.tooLong}")
  private String answers;

  @NotBlank(message = "{wellbeing.registration.required}")
  @Size(max = 300, message = "{field.tooLong}")
  private String registration;

  private Integer version;

  public static WellbeingWordingForm of(WellbeingWording w) {
    WellbeingWordingForm f = new WellbeingWordingForm();
    f.intro = w.intro();
    f.items = String.join("\n", w.items());
    f.answers = String.join("\n", w.answers());
    f.registration = w.registration();
    f.version = w.version();
    return f;
  }

  /** The non-blank lines of a text area, stripped. */
  static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
        .toList();
  }

  public String getIntro() { return intro; }
  public void setIntro(String v) { intro = v; }
  public String getItems() { return items; }
  public void setItems(String v) { items = v; }
  public String getAnswers() { return answers; }
  public void setAnswers(String v) { answers = v; }
  public String getRegistration() { return registration; }
  public void setRegistration(String v) { registration = v; }
  @Override
  public Integer getVersion() { return version; }
  @Override
  public void setVersion(Integer v) { version = v; }
}
