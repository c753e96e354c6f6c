package org.phasezero.evidence.refiqda;

/**
 * The types a variable can have ({@code typeOfVariable}), each with the element that holds a value
 * of that type in a {@code VariableValue}.
 */
public enum VariableType {
  TEXT("Text"),
  BOOLEAN("Boolean"),
  INTEGER("Integer"),
  FLOAT("Float"),
  DATE("Date"),
  DATE_TIME("DateTime");

  private final String lexical;

  VariableType(String lexical) {
    this.lexical = lexical;
  }

  /** The name in {@code typeOfVariable}, e.g. {@code DateTime}. */
  public String lexical() {
    return lexical;
  }

  /** The element of a value of this type, e.g. {@code DateTimeValue}. */
  public String valueElement() {
    return lexical + "Value";
  }

  /** The type named {@code lexical} in {@code typeOfVariable}, or null. */
  public static VariableType ofLexical(String lexical) {
    for (VariableType type : values()) {
      if (type.lexical.equals(lexical)) {
        return type;
      }
    }
    return null;
  }

  /** The type whose value element is {@code element}, or null. */
  public static VariableType ofValueElement(String element) {
    for (VariableType type : values()) {
      if (type.valueElement().equals(element)) {
        return type;
      }
    }
    return null;
  }
}
