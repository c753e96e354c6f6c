package org.phasezero.web.api;

import java.time.LocalDate;
import org.phasezero.shared.IncomingText;
import org.phasezero.shared.PlausibleDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The input rules for JSON, in the one mapper every API body goes through: each string is cleaned
 * by {@link IncomingText}, and each date must lie in {@link PlausibleDates} (answered as a 400
 * naming the field by {@link ApiProblems}). Forms get the same rules from web.FormInput.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

  @Bean
  JacksonModule inputRules() {
    return new SimpleModule("phasezero-input")
        .addDeserializer(String.class, new CleanString())
        .addDeserializer(LocalDate.class, new PlausibleDate());
  }

  static final class CleanString extends StdScalarDeserializer<String> {
    CleanString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      return IncomingText.clean(StringDeserializer.instance.deserialize(p, ctxt));
    }
  }

  static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {
    PlausibleDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      LocalDate d = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
      if (!PlausibleDates.contains(d)) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getString(), PlausibleDates.MESSAGE);
      }
      return d;
    }
  }
}
