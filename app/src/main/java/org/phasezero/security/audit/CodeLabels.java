package org.phasezero.security.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * The words for coded values, from the message bundles' {@code enum.<Type>.<CODE>} keys, for the
 * audit trail, which holds records of every capability as JSON and so knows a value's field but not
 * its type. The label of {@code enum.<Field>.<CODE>} is taken first (field {@code activity}, type
 * {@code Activity}); otherwise the code's label if every type that has the code words it the same.
 */
@Component
class CodeLabels {

  private final Map<String, String> byTypeAndCode = new HashMap<>();
  private final Map<String, String> byCode = new HashMap<>();
  private final java.util.Set<String> ambiguous = new java.util.HashSet<>();

  CodeLabels(@Value("${spring.messages.basename:messages}") String basenames) {
    for (String basename : basenames.split(",")) {
      ClassPathResource bundle = new ClassPathResource(basename.strip() + ".properties");
      if (!bundle.exists()) {
        continue;
      }
      try {
        Properties p = PropertiesLoaderUtils.loadProperties(bundle);
        for (String key : p.stringPropertyNames()) {
          String[] parts = key.split("\\.");
          if (parts.length == 3 && parts[0].equals("enum")) {
            byTypeAndCode.put(parts[1] + "." + parts[2], p.getProperty(key));
            // A code worded differently by two types is ambiguous on its own.
            String earlier = byCode.putIfAbsent(parts[2], p.getProperty(key));
            if (earlier != null && !earlier.equals(p.getProperty(key))) {
              ambiguous.add(parts[2]);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Optional<String> label(String field, String code) {
    String type = field.isEmpty() ? field : field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    String exact = byTypeAndCode.get(type + "." + code);
    return exact != null ? Optional.of(exact)
        : ambiguous.contains(code) ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }
}
