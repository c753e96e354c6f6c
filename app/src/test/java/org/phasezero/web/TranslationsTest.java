package org.phasezero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The participant-facing pages (a person's payment statement, a meeting's contribution log, and the
 * sign-in and error pages and layout around them) are translated in full into every language offered:
 * each key they use is in {@code messages_<tag>.properties} itself, not left to fall back to English.
 * Every translation keeps the placeholders of its English message, and each bundle opens with the
 * note that asks for review by a native speaker. The reasons Java gives a participant in their own
 * language ({@code Conflict.said}) are found in the sources and held to the same rule.
 */
class TranslationsTest {

  /** The pages community members use themselves; later questionnaires join this list. */
  static final List<String> PARTICIPANT_PAGES = List.of("payments/statement", "meetings/log", "login", "accessibility", "privacy", "error",
      "error/403", "error/404", "research/checks/participant", "research/checks/closed",
      "value/wellbeing/questionnaire", "value/wellbeing/closed", "value/games/join", "value/games/play");

  /**
   * Messages those pages show that the templates do not name: the statement's period form reports
   * these from Java (its validation annotations and checks, and Spring's conversion of a typed date),
 * as does the value game's join form and its play page.
   */
  static final Set<String> SHOWN_FROM_JAVA = Set.of("export.from.required", "export.to.required",
      "export.to.beforeFrom", "typeMismatch.java.time.LocalDate", "game.code.required", "game.code.unknown",
      "game.label.required", "game.label.taken", "game.group.required", "game.notOpen", "game.choose.one");

  final Properties english = TemplateScan.defaultBundle();

  /** Why a participant was refused, written for them in the bundles: each {@code Conflict.said(field, "key", …)}. */
  static final Pattern SAID = Pattern.compile("Conflict\\.said\\([^,]+,\\s*\"([^\"]+)\"");

  static Set<String> saidInJava() {
    Set<String> keys = new TreeSet<>();
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(TemplateScan.JAVA)) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        Matcher m = SAID.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return keys;
  }

  /** Every key the participant pages can show, with the keys of each enum they name. */
  Set<String> participantKeys() {
    Set<String> keys = new TreeSet<>(SHOWN_FROM_JAVA);
    keys.addAll(saidInJava());
    for (String page : PARTICIPANT_PAGES) {
      for (String template : TemplateScan.withFragments(page)) {
        String source = TemplateScan.source(template);
        keys.addAll(TemplateScan.keys(source));
        for (String prefix : TemplateScan.prefixes(source)) {
          // 'enum.' + a type chosen by the caller is the generic select of fragments/forms, which these pages do not use.
          if (!prefix.equals("enum.")) {
            english.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
          }
        }
      }
    }
    return keys;
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void everyKeyOfTheParticipantPagesIsTranslated(Language language) {
    Properties translated = TemplateScan.bundle("messages_" + language.tag() + ".properties");
    Set<String> keys = participantKeys();
    assertThat(keys).as("the participant pages' keys were found").contains("statement.title", "log.heading",
        "signin.title", "layout.skip", "enum.Side.COMMUNITY", "game.endedForYou", "wellbeing.link.gone");
    assertThat(keys.stream().filter(k -> !translated.containsKey(k)).toList())
        .as("keys of the participant pages missing from messages_" + language.tag()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void translationsKeepTheirPlaceholdersAndEnglishKeys(Language language) {
    Properties translated = TemplateScan.bundle("messages_" + language.tag() + ".properties");
    List<String> problems = new ArrayList<>();
    for (String key : translated.stringPropertyNames()) {
      String theirs = translated.getProperty(key);
      if (!english.containsKey(key)) {
        problems.add(key + ": not a key of the default bundle (renamed or removed?)");
        continue;
      }
      if (!placeholders(english.getProperty(key)).equals(placeholders(theirs))) {
        problems.add(key + ": placeholders " + placeholders(theirs) + " differ from English "
            + placeholders(english.getProperty(key)));
      }
      if (!placeholders(theirs).isEmpty()) {
        try {
          new MessageFormat(theirs, language.locale());
        } catch (IllegalArgumentException e) {
          problems.add(key + ": not a valid message pattern: " + e.getMessage());
        }
      }
      if (theirs.isBlank()) {
        problems.add(key + ": empty");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
  void eachBundleSaysHowToGetItReviewed(Language language) {
    String text = TemplateScan.read(TemplateScan.RESOURCES.resolve("messages_" + language.tag() + ".properties"));
    String note = String.join(" ", text.lines().takeWhile(l -> l.startsWith("#") || l.isBlank())
        .map(l -> l.replaceFirst("^#\\s?", "").strip()).toList());
    assertThat(note).as("the opening note of messages_" + language.tag())
        .contains("first translation", "native speaker", "# reviewed:", "docs/LANGUAGES.md");
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  /** The argument numbers a message uses, e.g. [0, 1] for "{0} by {1}". */
  static Set<Integer> placeholders(String message) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
