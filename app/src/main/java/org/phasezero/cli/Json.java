package org.phasezero.cli;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints command results as indented JSON; field names are whatever the maps or records say. */
public final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  public static void print(PrintWriter out, Object value) {
    out.println(MAPPER.writeValueAsString(value));
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }
}
