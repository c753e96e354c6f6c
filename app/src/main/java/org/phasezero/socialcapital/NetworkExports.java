package org.phasezero.socialcapital;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A network as the viewer sees it, in the formats network tools read: GEXF 1.2 (Gephi), GraphML
 * (Gephi, yEd, igraph, networkx) and CSV node and edge lists. Nodes carry their side, kind,
 * organisation and measures; edges their kind, every kind of record behind them, the highest trust
 * recorded, the number of shared meetings and their weight. A node shown without its name (another
 * organisation's person, for a site lead) has no measures.
 */
public final class NetworkExports {

  private NetworkExports() {}

  /** Node attributes in export order: name and whether it is a number. */
  private static final Map<String, Boolean> NODE_ATTRIBUTES = new LinkedHashMap<>();
  private static final Map<String, Boolean> EDGE_ATTRIBUTES = new LinkedHashMap<>();

  static {
    for (String text : List.of("type", "side", "organisation")) {
      NODE_ATTRIBUTES.put(text, false);
    }
    for (String number : List.of("degree", "betweenness", "closeness", "eigenvector", "effective_size",
        "constraint", "linking_share")) {
      NODE_ATTRIBUTES.put(number, true);
    }
    NODE_ATTRIBUTES.put("articulation_point", false);
    NODE_ATTRIBUTES.put("disconnects_sides", false);
    EDGE_ATTRIBUTES.put("kind", false);
    EDGE_ATTRIBUTES.put("kinds", false);
    EDGE_ATTRIBUTES.put("trust", true);
    EDGE_ATTRIBUTES.put("meetings", true);
    EDGE_ATTRIBUTES.put("weight", true);
  }

  /** A node's attribute values as text (empty when unknown or not shown to this viewer). */
  static Map<String, String> nodeValues(NetworkViewer.View view, int v) {
    NetworkAnalysis a = view.analysis();
    SocialNetwork.Node node = a.network().nodes().get(v);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("type", node.type().name().toLowerCase(Locale.ROOT));
    values.put("side", node.side() == null ? "" : node.side().name().toLowerCase(Locale.ROOT));
    values.put("organisation", node.isPerson() && node.organisationName() != null ? node.organisationName() : "");
    boolean measured = view.names(v);
    var m = a.measures();
    values.put("degree", measured ? String.valueOf(m.degree()[v]) : "");
    values.put("betweenness", measured ? number(m.betweenness()[v]) : "");
    values.put("closeness", measured ? number(m.closeness()[v]) : "");
    values.put("eigenvector", measured && m.eigenvector() != null ? number(m.eigenvector()[v]) : "");
    values.put("effective_size", measured ? number(m.effectiveSize()[v]) : "");
    values.put("constraint", measured ? number(m.constraint()[v]) : "");
    values.put("linking_share", measured ? number(a.linkingShare(v)) : "");
    values.put("articulation_point", measured ? String.valueOf(m.articulationPoint()[v]) : "");
    values.put("disconnects_sides", measured ? String.valueOf(a.disconnectsSides(v)) : "");
    return values;
  }

  static Map<String, String> edgeValues(SocialNetwork.Edge e) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", e.mainKind().name().toLowerCase(Locale.ROOT));
    values.put("kinds", String.join(" ", e.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()));
    values.put("trust", e.trust() == null ? "" : String.valueOf(e.trust()));
    values.put("meetings", String.valueOf(e.meetings()));
    values.put("weight", String.valueOf(e.weight()));
    return values;
  }

  private static String number(double x) {
    return Double.isNaN(x) ? "" : Double.toString(x);
  }

  private static List<Integer> nodes(NetworkViewer.View view) {
    List<Integer> shown = new ArrayList<>();
    for (int v = 0; v < view.analysis().network().nodes().size(); v++) {
      if (view.shows(v)) {
        shown.add(v);
      }
    }
    return shown;
  }

  private static List<SocialNetwork.Edge> edges(NetworkViewer.View view) {
    return view.analysis().network().edges().stream().filter(view::shows).toList();
  }

  /** GEXF 1.2 with attribute declarations, validated in the tests against the GEXF schema. */
  public static byte[] gexf(NetworkViewer.View view, Function<Integer, String> label) {
    return xml(w -> {
      w.writeStartElement("gexf");
      w.writeDefaultNamespace("http://www.gexf.net/1.2draft");
      w.writeAttribute("version", "1.2");
      w.writeStartElement("meta");
      w.writeStartElement("creator");
      w.writeCharacters("PhaseZero");
      w.writeEndElement();
      w.writeStartElement("description");
      w.writeCharacters("Social network " + view.analysis().network().query().queryString());
      w.writeEndElement();
      w.writeEndElement();
      w.writeStartElement("graph");
      w.writeAttribute("defaultedgetype", "undirected");
      w.writeAttribute("mode", "static");
      declare(w, "node", NODE_ATTRIBUTES);
      declare(w, "edge", EDGE_ATTRIBUTES);
      w.writeStartElement("nodes");
      for (int v : nodes(view)) {
        w.writeStartElement("node");
        w.writeAttribute("id", view.id(v));
        w.writeAttribute("label", label.apply(v));
        values(w, NODE_ATTRIBUTES, nodeValues(view, v));
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeStartElement("edges");
      int id = 0;
      for (SocialNetwork.Edge e : edges(view)) {
        w.writeStartElement("edge");
        w.writeAttribute("id", String.valueOf(id++));
        w.writeAttribute("source", view.id(e.a()));
        w.writeAttribute("target", view.id(e.b()));
        w.writeAttribute("weight", String.valueOf((double) e.weight()));
        values(w, EDGE_ATTRIBUTES, edgeValues(e));
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private static void declare(XMLStreamWriter w, String of, Map<String, Boolean> attributes) throws XMLStreamException {
    w.writeStartElement("attributes");
    w.writeAttribute("class", of);
    for (Map.Entry<String, Boolean> a : attributes.entrySet()) {
      w.writeEmptyElement("attribute");
      w.writeAttribute("id", a.getKey());
      w.writeAttribute("title", a.getKey());
      w.writeAttribute("type", a.getValue() ? "double" : "string");
    }
    w.writeEndElement();
  }

  private static void values(XMLStreamWriter w, Map<String, Boolean> attributes, Map<String, String> values)
      throws XMLStreamException {
    w.writeStartElement("attvalues");
    for (String name : attributes.keySet()) {
      String value = values.get(name);
      if (!value.isEmpty()) {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", name);
        w.writeAttribute("value", value);
      }
    }
    w.writeEndElement();
  }

  /** GraphML with typed keys, validated in the tests against the GraphML schema. */
  public static byte[] graphml(NetworkViewer.View view, Function<Integer, String> label) {
    return xml(w -> {
      w.writeStartElement("graphml");
      w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      key(w, "label", "node", false);
      for (Map.Entry<String, Boolean> a : NODE_ATTRIBUTES.entrySet()) {
        key(w, a.getKey(), "node", a.getValue());
      }
      for (Map.Entry<String, Boolean> a : EDGE_ATTRIBUTES.entrySet()) {
        key(w, "edge_" + a.getKey(), "edge", a.getValue());
      }
      w.writeStartElement("graph");
      w.writeAttribute("id", "network");
      w.writeAttribute("edgedefault", "undirected");
      for (int v : nodes(view)) {
        w.writeStartElement("node");
        w.writeAttribute("id", view.id(v));
        data(w, "label", label.apply(v));
        nodeValues(view, v).forEach((k, value) -> data(w, k, value));
        w.writeEndElement();
      }
      for (SocialNetwork.Edge e : edges(view)) {
        w.writeStartElement("edge");
        w.writeAttribute("source", view.id(e.a()));
        w.writeAttribute("target", view.id(e.b()));
        edgeValues(e).forEach((k, value) -> data(w, "edge_" + k, value));
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private static void key(XMLStreamWriter w, String name, String of, boolean number) throws XMLStreamException {
    w.writeEmptyElement("key");
    w.writeAttribute("id", name);
    w.writeAttribute("for", of);
    w.writeAttribute("attr.name", name.startsWith("edge_") ? name.substring(5) : name);
    w.writeAttribute("attr.type", number ? "double" : "string");
  }

  private static void data(XMLStreamWriter w, String key, String value) {
    if (value.isEmpty()) {
      return;
    }
    try {
      w.writeStartElement("data");
      w.writeAttribute("key", key);
      w.writeCharacters(value);
      w.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The node list (id, label, attributes) or the edge list (source, target, attributes) as CSV. */
  public static byte[] csv(NetworkViewer.View view, Function<Integer, String> label, boolean nodeList) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
      if (nodeList) {
        List<String> header = new ArrayList<>(List.of("id", "label"));
        header.addAll(NODE_ATTRIBUTES.keySet());
        csv.printRecord(header);
        for (int v : nodes(view)) {
          List<String> row = new ArrayList<>(List.of(view.id(v), label.apply(v)));
          row.addAll(nodeValues(view, v).values());
          csv.printRecord(row);
        }
      } else {
        List<String> header = new ArrayList<>(List.of("source", "target"));
        header.addAll(EDGE_ATTRIBUTES.keySet());
        csv.printRecord(header);
        for (SocialNetwork.Edge e : edges(view)) {
          List<String> row = new ArrayList<>(List.of(view.id(e.a()), view.id(e.b())));
          row.addAll(edgeValues(e).values());
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private interface XmlBody {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static byte[] xml(XmlBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
