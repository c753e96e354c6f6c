package org.phasezero.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * What the templates and the Java code ask of the message bundles, read from the sources: the keys
 * they use (literal {@code #{key}}, and prefixes such as {@code #{'enum.Side.' + …}}), the templates
 * they draw fragments from, and English written directly into a template where a reader would see
 * it (text, and the attributes a screen reader or a hover shows) rather than through a key.
 */
final class TemplateScan {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path JAVA = Path.of("src/main/java");

  private static final Pattern KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)");
  private static final Pattern PREFIX = Pattern.compile("#\\{\\s*'([A-Za-z][\\w.-]*\\.)'\\s*\\+");
  private static final Pattern FRAGMENT = Pattern.compile("~\\{\\s*([a-z][\\w/-]*)\\s*(?:::|})");
  /** Text a person reads: any letter of any script. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}");
  /** Attributes that a reader hears or sees, and so must come from the bundle when they hold words. */
  private static final Set<String> READ_ATTRIBUTES = Set.of("title", "aria-label", "placeholder", "alt",
      "aria-description", "aria-roledescription", "aria-valuetext", "label");
  /** Thymeleaf attributes that replace an element's content: what is written inside is only a prototype. */
  private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
      "th:substituteby", "th:remove");

  private TemplateScan() {}

  /** Every template, by its name as views and fragment references give it (e.g. {@code payments/statement}). */
  static List<String> templates() {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html"))
          .map(p -> TEMPLATES.relativize(p).toString().replace('\\', '/').replaceAll("\\.html$", ""))
          .sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String source(String template) {
    return read(TEMPLATES.resolve(template + ".html"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Literal message keys in a template or Java source. */
  static Set<String> keys(String text) {
    Set<String> keys = new TreeSet<>();
    Matcher m = KEY.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /** Prefixes of keys built at run time, e.g. {@code enum.Side.} from {@code #{'enum.Side.' + ${…}}}. */
  static Set<String> prefixes(String text) {
    Set<String> prefixes = new TreeSet<>();
    Matcher m = PREFIX.matcher(text);
    while (m.find()) {
      prefixes.add(m.group(1));
    }
    return prefixes;
  }

  /** The templates this one draws fragments from, e.g. {@code layout} and {@code fragments/crumbs}. */
  static Set<String> fragmentSources(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = FRAGMENT.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The template and every template it draws fragments from, transitively. */
  static Set<String> withFragments(String template) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(template));
    while (!todo.isEmpty()) {
      String t = todo.pop();
      if (seen.add(t)) {
        todo.addAll(fragmentSources(source(t)));
      }
    }
    return seen;
  }

  /** Keys used from Java: validation messages, codes rejected without a default text, and looked-up messages. */
  static final Pattern JAVA_KEY = Pattern.compile(
      "message\\s*=\\s*\"\\{([\\w.-]+)}\"" // @NotNull(message = "{key}")
          + "|reject(?:Value)?\\((?:[^,()\"]+,\\s*|\"[^\"]*\",\\s*)?\"([\\w.-]+)\"\\)" // rejectValue(field, "key")
          + "|(?:getMessage|message)\\(\"([\\w.-]+)\"\\s*[,)]"); // messages.getMessage("key", …)
  static final Pattern JAVA_PREFIX = Pattern.compile("(?:getMessage|message)\\(\"([\\w.-]+\\.)\"\\s*\\+");

  static Set<String> javaKeys(String javaSource) {
    Set<String> keys = new TreeSet<>();
    Matcher m = JAVA_KEY.matcher(javaSource);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          keys.add(m.group(g));
        }
      }
    }
    return keys;
  }

  static Set<String> javaPrefixes(String javaSource) {
    Set<String> prefixes = new TreeSet<>();
    Matcher m = JAVA_PREFIX.matcher(javaSource);
    while (m.find()) {
      prefixes.add(m.group(1));
    }
    return prefixes;
  }

  static List<Path> javaSources() {
    try (Stream<Path> files = Files.walk(JAVA)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The default (English) bundle: every basename spring.messages.basename names, merged. */
  static Properties defaultBundle() {
    Properties merged = new Properties();
    for (String basename : basenames()) {
      merged.putAll(bundle(basename + ".properties"));
    }
    return merged;
  }

  static List<String> basenames() {
    Properties app = bundle("application.properties");
    return List.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*"));
  }

  static Properties bundle(String file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalStateException(file, e);
    }
    return p;
  }

  /**
   * Words written straight into a template where they are shown: text outside any element whose
   * content Thymeleaf replaces, and reader-facing attributes without a {@code th:} counterpart.
   * Each finding reads {@code template:line: what}.
   */
  static List<String> literalText(String template) {
    return literalText(template, source(template));
  }

  static List<String> literalText(String template, String source) {
    List<String> found = new ArrayList<>();
    try {
      new MarkupParser(ParseConfiguration.htmlConfiguration())
          .parse(new StringReader(source), new LiteralTextFinder(template, found));
    } catch (ParseException e) {
      throw new IllegalStateException(template, e);
    }
    return found;
  }

  /** Thymeleaf attributes whose value is shown as the element's text. */
  private static final Set<String> SHOWN = Set.of("th:text", "th:utext");
  private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
  /** Literals that are not words for a reader: date and number patterns, enum codes, key prefixes. */
  private static final Pattern NOT_WORDS = Pattern.compile("[dMyEHhmsaL ,:/.-]*|[A-Z][A-Z0-9_]*|\\.?[a-z][\\w-]*(\\.[\\w-]+)*\\.?");

  /**
   * Words inside a Thymeleaf expression, such as {@code ${n} + ' people'}: literals other than date
   * patterns, codes, key names and values compared against ({@code ${x == 'day'}}).
   */
  static List<String> wordsInExpression(String expression) {
    List<String> words = new ArrayList<>();
    Matcher m = LITERAL.matcher(expression);
    while (m.find()) {
      String before = expression.substring(0, m.start()).stripTrailing();
      String after = expression.substring(m.end()).stripLeading();
      boolean compared = before.endsWith("==") || before.endsWith("!=") || after.startsWith("==") || after.startsWith("!=");
      String literal = m.group(1);
      if (!compared && WORDS.matcher(literal).find() && !NOT_WORDS.matcher(literal).matches()) {
        words.add(literal);
      }
    }
    return words;
  }

  private static final class LiteralTextFinder extends AbstractMarkupHandler {
    private final String template;
    private final List<String> found;
    /** Per open element: whether its content is replaced (by it or an ancestor). */
    private final Deque<Boolean> replaced = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();
    private String element;
    private int elementLine;
    private boolean elementReplaces;
    private final List<String[]> attributes = new ArrayList<>();
    private boolean root = true;

    LiteralTextFinder(String template, List<String> found) {
      this.template = template;
      this.found = found;
    }

    private boolean insideReplaced() {
      return !replaced.isEmpty() && replaced.peek();
    }

    @Override
    public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
      start(new String(buffer, offset, len), line);
    }

    @Override
    public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      start(new String(buffer, offset, len), line);
    }

    private void start(String name, int line) {
      element = name.toLowerCase(java.util.Locale.ROOT);
      elementLine = line;
      elementReplaces = false;
      attributes.clear();
    }

    @Override
    public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
        int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
        int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
      String name = new String(buffer, nameOffset, nameLen).toLowerCase(java.util.Locale.ROOT);
      String value = new String(buffer, valueContentOffset, valueContentLen);
      attributes.add(new String[] {name, value});
      // th:replace on the root <html> chooses the layout; the page's own fragments inside it are shown.
      boolean removesContent = !name.equals("th:remove") || value.strip().matches("all|body");
      if (REPLACING.contains(name) && removesContent && !(root && element.equals("html"))) {
        elementReplaces = true;
      }
    }

    @Override
    public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
      checkAttributes();
      replaced.push(insideReplaced() || elementReplaces);
      names.push(element);
      root = false;
    }

    @Override
    public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
      checkAttributes();
      root = false;
    }

    @Override
    public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
      if (!replaced.isEmpty()) {
        replaced.pop();
        names.pop();
      }
    }

    @Override
    public void handleAutoCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
      handleCloseElementEnd(buffer, offset, len, line, col);
    }

    @Override
    public void handleText(char[] buffer, int offset, int len, int line, int col) {
      String text = new String(buffer, offset, len).strip();
      String in = names.peek();
      if (text.isEmpty() || insideReplaced() || "script".equals(in) || "style".equals(in)) {
        return;
      }
      if (WORDS.matcher(text).find()) {
        found.add(template + ":" + line + ": text \"" + abbreviate(text) + "\"");
      }
    }

    private void checkAttributes() {
      if (insideReplaced()) {
        return;
      }
      for (String[] a : attributes) {
        boolean read = READ_ATTRIBUTES.contains(a[0]) || ("value".equals(a[0]) && isButtonInput());
        if (read && WORDS.matcher(a[1]).find() && !setByThymeleaf(a[0])) {
          found.add(template + ":" + elementLine + ": " + a[0] + "=\"" + abbreviate(a[1]) + "\"");
        }
        if (a[0].startsWith("th:") && READ_ATTRIBUTES.contains(a[0].substring(3)) || SHOWN.contains(a[0])) {
          for (String literal : wordsInExpression(a[1])) {
            found.add(template + ":" + elementLine + ": " + a[0] + " writes '" + abbreviate(literal) + "'");
          }
        }
      }
    }

    private boolean isButtonInput() {
      return element.equals("input") && attributes.stream()
          .anyMatch(a -> a[0].equals("type") && a[1].matches("(?i)submit|button|reset"));
    }

    private boolean setByThymeleaf(String name) {
      return attributes.stream().anyMatch(a -> a[0].equals("th:" + name)
          || (a[0].equals("th:attr") && a[1].matches("(?s).*(^|[\\s,])" + Pattern.quote(name) + "\\s*=.*")));
    }

    private static String abbreviate(String s) {
      String one = s.replaceAll("\\s+", " ");
      return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
  }
}
