package org.phasezero.cli.value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.phasezero.analysis.value.DiscountSchedule;
import org.phasezero.analysis.value.ImpactMap;
import org.phasezero.analysis.value.Outcome;
import org.phasezero.analysis.value.Stakeholder;
import org.phasezero.cli.CliFailure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an SROI model file (JSON, or YAML for {@code .yaml}/{@code .yml}) into an
 * {@link ImpactMap}. Keys are exactly those of the documented model; unknown or duplicate keys,
 * wrong types and out-of-range values are errors naming the file and the path, e.g.
 * {@code model.yaml: stakeholders[0].outcomes[1].deadweight: must be between 0 and 1, found 1.3};
 * syntax errors name the line.
 */
final class SroiModelReader {

  private static final Set<String> MODEL_KEYS = Set.of("inputs", "discount_rate",
      "discount_year_one", "licence", "stakeholders");
  private static final Set<String> STAKEHOLDER_KEYS = Set.of("name", "outcomes");
  private static final Set<String> OUTCOME_KEYS = Set.of("name", "quantity", "financial_proxy",
      "proxy_source", "licence", "duration", "deadweight", "displacement", "attribution",
      "drop_off");

  private final Path file;

  private SroiModelReader(Path file) {
    this.file = file;
  }

  static ImpactMap read(Path file) {
    return new SroiModelReader(file).model(parse(file));
  }

  private static JsonNode parse(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    ObjectMapper mapper = yaml
        ? YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
        : JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonNode root = mapper.readTree(text);
      if (root == null || !root.isObject()) {
        throw CliFailure.in(file, "the model must be a " + (yaml ? "mapping" : "JSON object")
            + " with inputs and stakeholders");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw CliFailure.in(file, "no such file");
    } catch (IOException e) {
      throw CliFailure.in(file, "cannot read: " + e.getMessage());
    } catch (JacksonException e) {
      String problem = "malformed " + (yaml ? "YAML" : "JSON") + ": "
          + firstLine(e.getOriginalMessage());
      var where = e.getLocation();
      throw where != null && where.getLineNr() > 0
          ? CliFailure.at(file, where.getLineNr(), problem) : CliFailure.in(file, problem);
    }
  }

  private ImpactMap model(JsonNode root) {
    checkKeys(root, "", MODEL_KEYS);
    double inputs = number(root, "", "inputs", null);
    DiscountSchedule schedule = root.has("discount_rate")
        ? attempt("discount_rate", () -> DiscountSchedule.flat(number(root, "", "discount_rate",
            null)))
        : DiscountSchedule.GREEN_BOOK;
    JsonNode yearOneNode = root.get("discount_year_one");
    if (yearOneNode != null && !yearOneNode.isBoolean()) {
      throw fail("discount_year_one", "must be true or false, found " + yearOneNode);
    }
    boolean yearOne = yearOneNode == null || yearOneNode.booleanValue();
    JsonNode list = array(root, "", "stakeholders");
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (int s = 0; s < list.size(); s++) {
      stakeholders.add(stakeholder(list.get(s), "stakeholders[" + s + "]"));
    }
    String licence = text(root, "", "licence");
    return attempt("", () -> new ImpactMap(inputs, stakeholders, schedule, yearOne, licence));
  }

  private Stakeholder stakeholder(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "must be a mapping with name and outcomes");
    }
    checkKeys(node, path, STAKEHOLDER_KEYS);
    String name = requiredText(node, path, "name");
    JsonNode list = array(node, path, "outcomes");
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      outcomes.add(outcome(list.get(i), path + ".outcomes[" + i + "]"));
    }
    return attempt(path, () -> new Stakeholder(name, outcomes));
  }

  private Outcome outcome(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fail(path, "must be a mapping of the outcome's assumptions");
    }
    checkKeys(node, path, OUTCOME_KEYS);
    String name = requiredText(node, path, "name");
    double quantity = number(node, path, "quantity", null);
    double proxy = number(node, path, "financial_proxy", null);
    JsonNode d = node.get("duration");
    if (d == null || !d.isNumber() || !d.canConvertToInt() || d.doubleValue() != d.intValue()) {
      throw fail(join(path, "duration"), d == null ? "missing"
          : "must be a whole number of years, found " + d);
    }
    double deadweight = number(node, path, "deadweight", 0.0);
    double displacement = number(node, path, "displacement", 0.0);
    double attribution = number(node, path, "attribution", 0.0);
    double dropOff = number(node, path, "drop_off", 0.0);
    return attempt(path, () -> new Outcome(name, quantity, proxy, text(node, path,
        "proxy_source"), text(node, path, "licence"), d.intValue(), deadweight, displacement,
        attribution, dropOff));
  }

  private void checkKeys(JsonNode node, String path, Set<String> allowed) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        throw fail(path, "unknown key '" + key + "' (allowed: " + String.join(", ",
            allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  /** A number; {@code fallback} when absent (null means the key is required). */
  private double number(JsonNode node, String path, String key, Double fallback) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (fallback == null) {
        throw fail(join(path, key), "missing");
      }
      return fallback;
    }
    if (!v.isNumber()) {
      throw fail(join(path, key), "must be a number, found " + v);
    }
    return v.doubleValue();
  }

  private JsonNode array(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      throw fail(join(path, key), v == null ? "missing" : "must be a list");
    }
    if (v.isEmpty()) {
      throw fail(join(path, key), "must not be empty");
    }
    return v;
  }

  private String requiredText(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isString() || v.stringValue().isBlank()) {
      throw fail(join(path, key), v == null ? "missing" : "must be a non-empty text");
    }
    return v.stringValue();
  }

  private String text(JsonNode node, String path, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isString()) {
      throw fail(join(path, key), "must be text");
    }
    return v.stringValue();
  }

  /** Runs a record constructor; its message starts with the key, so prefix the path. */
  private <T> T attempt(String path, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      if (path.equals("discount_rate")) {
        throw fail(path, message.substring(message.indexOf(':') + 2));
      }
      throw new CliFailure(file + ": " + (path.isEmpty() ? "" : path + ".") + message);
    }
  }

  private CliFailure fail(String path, String problem) {
    return CliFailure.in(file, (path.isEmpty() ? "" : path + ": ") + problem);
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "cannot parse";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
