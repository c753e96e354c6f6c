package org.phasezero.evidence.refiqda;

/**
 * A case's or source's value of a variable. The value is kept as written (its XML Schema lexical
 * form, e.g. {@code 42}, {@code true}, {@code 2024-09-15}) so that nothing is lost to rounding or
 * re-formatting.
 *
 * @param variableGuid the variable ({@code VariableRef})
 * @param type which value element was present, or null when the value is left empty
 * @param value the value's text, or null when the value is left empty
 */
public record VariableValue(String variableGuid, VariableType type, String value) {}
