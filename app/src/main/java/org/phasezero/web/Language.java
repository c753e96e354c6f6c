package org.phasezero.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages are offered in. Adding one: a constant here, a {@code messages_<tag>.properties}
 * bundle with at least the keys of the participant-facing pages, and docs/LANGUAGES.md.
 *
 * <p>Every language formats numbers with Western digits ({@code -u-nu-latn}): money, dates and
 * counts on a statement then match the bank statement, receipts and finance exports they are
 * checked against. Bengali would otherwise get Bengali digits from the JDK's locale data. Month
 * names are the language's own.
 */
public enum Language {
  ENGLISH("en", "English", false),
  URDU("ur", "اردو", true),
  BENGALI("bn", "বাংলা", false);

  private final String tag;
  private final String nativeName;
  private final boolean rightToLeft;
  private final Locale locale;

  Language(String tag, String nativeName, boolean rightToLeft) {
    this.tag = tag;
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
    this.locale = Locale.forLanguageTag(tag + "-u-nu-latn");
  }

  /** The IETF language tag, as in {@code ?lang=ur}, {@code <html lang>} and the bundle's file name. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, as the switcher shows it to someone who reads only that language. */
  public String nativeName() {
    return nativeName;
  }

  /** Written right to left: the page gets {@code dir="rtl"} and the mirrored stylesheet. */
  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The locale that messages and formatters use: the language, with Western digits. */
  public Locale locale() {
    return locale;
  }

  /** The language offered for a tag such as {@code ur} or a locale such as {@code ur_PK}, if it is one of ours. */
  public static Optional<Language> of(String tagOrLocale) {
    if (tagOrLocale == null || tagOrLocale.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tagOrLocale.strip().replace('_', '-')).getLanguage();
    return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
  }

  /** The language of a locale, or English for a locale that is not offered. */
  public static Language of(Locale locale) {
    return locale == null ? ENGLISH : of(locale.toLanguageTag()).orElse(ENGLISH);
  }
}
