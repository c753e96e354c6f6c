package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every string a person reads comes from the message bundles, so that a page can be translated by
 * adding a bundle: a key used in a template or in Java must be in the default (English) bundle, a
 * key built from an enum must exist for every value of it, and a template may not write English of
 * its own where it is shown (text, or a title, aria-label, placeholder or alt).
 */
class MessageBundlesTest {

  /**
   * Words a template may show without a key, with the reason. Kept short: the test's point is that
   * this list stays empty, or nearly.
   */
  static final Map<String, String> ALLOWED_LITERALS = Map.of();

  final Properties english = TemplateScan.defaultBundle();

  @Test
  void everyKeyATemplateUsesIsInTheDefaultBundle() {
    List<String> missing = new ArrayList<>();
    for (String t : TemplateScan.templates()) {
      TemplateScan.keys(TemplateScan.source(t)).stream().filter(k -> !english.containsKey(k))
          .forEach(k -> missing.add(t + ": " + k));
    }
    assertThat(missing).as("keys used in templates but missing from the default bundle").isEmpty();
  }

  @Test
  void everyKeyBuiltFromAnEnumExistsForEachOfItsValues() {
    List<String> missing = new ArrayList<>();
    for (String t : TemplateScan.templates()) {
      for (String prefix : TemplateScan.prefixes(TemplateScan.source(t))) {
        missing.addAll(missingForPrefix(t, prefix));
      }
    }
    assertThat(missing).as("keys built at run time but missing from the default bundle").isEmpty();
  }

  @Test
  void everyKeyTheJavaCodeUsesIsInTheDefaultBundle() {
    List<String> missing = new ArrayList<>();
    for (Path source : TemplateScan.javaSources()) {
      String text = TemplateScan.read(source);
      TemplateScan.javaKeys(text).stream().filter(k -> !english.containsKey(k))
          .forEach(k -> missing.add(source.getFileName() + ": " + k));
      for (String prefix : TemplateScan.javaPrefixes(text)) {
        missing.addAll(missingForPrefix(source.getFileName().toString(), prefix));
      }
    }
    assertThat(missing).as("keys used from Java but missing from the default bundle").isEmpty();
  }

  @Test
  void templatesWriteNoEnglishOfTheirOwn() {
    List<String> found = new ArrayList<>();
    for (String t : TemplateScan.templates()) {
      TemplateScan.literalText(t).stream()
          .filter(f -> ALLOWED_LITERALS.keySet().stream().noneMatch(f::contains))
          .forEach(found::add);
    }
    assertThat(found).as("English written directly into templates: use th:text=\"#{key}\" or th:<attribute>").isEmpty();
  }

  /** The scanner itself, on a template made here: it must find what the tests above rely on it finding. */
  /**
   * A key defined twice says two things, and only one of them is ever shown (the wellbeing
   * results page once read "These answers have already been sent" as its heading): no key is
   * defined twice in one language, across the English bundles of every capability included.
   */
  @Test
  void noKeyIsDefinedTwice() throws IOException {
    Map<String, Set<String>> english = new java.util.TreeMap<>();
    List<String> twice = new ArrayList<>();
    for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties")) {
      String name = bundle.getFilename();
      Set<String> inThisFile = new java.util.HashSet<>();
      for (String line : new String(bundle.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        java.util.regex.Matcher m = KEY_LINE.matcher(line);
        if (!m.find()) {
          continue;
        }
        if (!inThisFile.add(m.group(1))) {
          twice.add(m.group(1) + " in " + name);
        }
        if (!name.contains("_")) {
          english.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(name);
        }
      }
    }
    english.forEach((key, files) -> {
      if (files.size() > 1) {
        twice.add(key + " in " + files);
      }
    });
    assertThat(twice).isEmpty();
  }

  private static final java.util.regex.Pattern KEY_LINE = java.util.regex.Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*[=:]");

  @Test
  void theScannerFindsWordsKeysAndPrefixes() {
    String template = """
        <html th:replace="~{layout :: page(#{a.title}, ~{fragments/crumbs :: home}, ~{::content})}">
        <div th:fragment="content">
          <h1 th:text="#{a.title}">Prototype words are fine</h1>
          <p>Written in English</p>
          <a href="#" title="Close" th:text="#{a.close}">x</a>
          <a href="#" title="Close" th:title="#{a.close}" th:text="#{'enum.Side.' + ${s}}">x</a>
          <button th:attr="aria-label=#{a.close}" aria-label="Close">·</button>
          <input type="submit" value="Save">
          <input type="text" placeholder="Type a name">
          <div th:replace="~{fragments/forms :: date('from', #{export.from}, null)}"><p>Prototype</p></div>
          <span> · – 12 </span>
          <p th:text="${n} + ' people' + ${#temporals.format(d, 'd MMMM yyyy')} + ${x == 'day'}">n</p>
          <p th:remove="tag">Kept words</p>
        </div>
        </html>""";
    assertThat(TemplateScan.literalText("t", template)).containsExactly(
        "t:4: text \"Written in English\"", "t:5: title=\"Close\"", "t:8: value=\"Save\"",
        "t:9: placeholder=\"Type a name\"", "t:12: th:text writes ' people'", "t:13: text \"Kept words\"");
    assertThat(TemplateScan.keys(template)).containsExactly("a.close", "a.title", "export.from");
    assertThat(TemplateScan.prefixes(template)).containsExactly("enum.Side.");
    assertThat(TemplateScan.fragmentSources(template)).containsExactly("fragments/crumbs", "fragments/forms", "layout");
    assertThat(TemplateScan.javaKeys("""
        @NotNull(message = "{export.to.required}") LocalDate to;
        result.rejectValue("to", "export.to.beforeFrom");
        result.rejectValue(e.field(), "conflict", e.getMessage());
        messages.getMessage("meetings.attendedCount", args, locale);
        """)).containsExactly("export.to.beforeFrom", "export.to.required", "meetings.attendedCount");
  }

  /** For {@code enum.X.}: every value of the enum X; for another prefix: at least one key. */
  private List<String> missingForPrefix(String where, String prefix) {
    Optional<Class<?>> type = prefix.matches("enum\\.\\w+\\.") ? enumNamed(prefix.substring(5, prefix.length() - 1))
        : Optional.empty();
    if (type.isEmpty()) {
      boolean any = english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
      return any ? List.of() : List.of(where + ": no key starts with " + prefix);
    }
    List<String> missing = new ArrayList<>();
    for (Object value : type.get().getEnumConstants()) {
      String key = prefix + ((Enum<?>) value).name();
      if (!english.containsKey(key)) {
        missing.add(where + ": " + key);
      }
    }
    return missing;
  }

  static Optional<Class<?>> enumNamed(String simpleName) {
    Set<String> names = new TreeSet<>();
    try {
      for (String pattern : List.of("classpath*:org/phasezero/**/" + simpleName + ".class",
          "classpath*:org/phasezero/**/*$" + simpleName + ".class")) {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
          String path = r.getURL().getPath();
          names.add(path.substring(path.lastIndexOf("org/phasezero/"), path.length() - ".class".length())
              .replace('/', '.'));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    for (String name : names) {
      try {
        Class<?> c = Class.forName(name);
        if (c.isEnum()) {
          return Optional.of(c);
        }
      } catch (ClassNotFoundException e) {
        // not loadable from here: fall back to "some key with the prefix"
      }
    }
    return Optional.empty();
  }
}
