package org.phasezero.evidence.refiqda;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the {@code Project} element and everything in it but the sources (see
 * {@link SourceElements}): users, code book, variables, cases, notes, links, sets and graphs.
 * Children are accepted in any order; the writer puts them back in the schema's.
 */
final class ProjectElements {

  private final XmlCursor c;
  private final SourceElements sources;
  private final SharedElements shared;
  private final CodeElements codeElements;
  private final Warnings warnings;

  ProjectElements(XmlCursor cursor, SourceElements sources, Warnings warnings) {
    this.c = cursor;
    this.shared = new SharedElements(cursor);
    this.codeElements = new CodeElements(cursor, warnings, false);
    this.sources = sources;
    this.warnings = warnings;
  }

  /** The project, with {@code files} still empty (the reader adds them). */
  QdaProject project() {
    String root = c.root();
    if (!root.equals("Project")) {
      throw c.error("the root element is <" + root + ">, not <Project>");
    }
    String name = c.attr("name");
    if (name == null) {
      warnings.add("the project has no name");
      name = "";
    }
    String origin = c.attr("origin");
    String basePath = c.attr("basePath");
    Provenance provenance = new Provenance(c.optionalGuid("creatingUserGUID"),
        c.dateTime("creationDateTime"), c.optionalGuid("modifyingUserGUID"),
        c.dateTime("modifiedDateTime"));
    List<User> users = new ArrayList<>();
    List<Code> codes = new ArrayList<>();
    List<Variable> variables = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    List<Source> sourceList = new ArrayList<>();
    List<TextSource> notes = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<QdaSet> sets = new ArrayList<>();
    List<Graph> graphs = new ArrayList<>();
    List<String> noteRefs = new ArrayList<>();
    String description = null;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Users" -> users.addAll(list("User", this::user));
        case "CodeBook" -> codes.addAll(codeBook());
        case "Variables" -> variables.addAll(list("Variable", this::variable));
        case "Cases" -> cases.addAll(list("Case", this::qdaCase));
        case "Sources" -> sourceList.addAll(sourcesElement());
        case "Notes" -> notes.addAll(list("Note", sources::textSource));
        case "Links" -> links.addAll(list("Link", this::link));
        case "Sets" -> sets.addAll(list("Set", this::set));
        case "Graphs" -> graphs.addAll(list("Graph", this::graph));
        case "Description" -> description = c.text();
        case "NoteRef" -> noteRefs.add(c.target());
        default -> c.skipUnknown("Project");
      }
    }
    return new QdaProject(name, origin, basePath, provenance, users, new CodeBook(codes),
        variables, cases, sourceList, notes, links, sets, graphs, description, noteRefs, List.of());
  }

  /** The children named {@code child} of a container element such as {@code Users}. */
  private <T> List<T> list(String child, Supplier<T> reader) {
    String container = c.name();
    List<T> items = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals(child)) {
        items.add(reader.get());
      } else {
        c.skipUnknown(container);
      }
    }
    if (items.isEmpty()) {
      warnings.add("empty <" + container + "> (the schema wants at least one <" + child + ">);"
          + " read as none");
    }
    return items;
  }

  private List<Source> sourcesElement() {
    List<Source> list = new ArrayList<>();
    while (c.nextChild()) {
      Source source = sources.source();
      if (source != null) {
        list.add(source);
      }
    }
    if (list.isEmpty()) {
      warnings.add("empty <Sources> (the schema wants at least one source); read as none");
    }
    return list;
  }

  private User user() {
    User user = new User(c.guid(), c.attr("name"), c.attr("id"));
    c.finish();
    return user;
  }

  private List<Code> codeBook() {
    List<Code> codes = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("Codes")) {
        codes.addAll(codeElements.codes());
      } else {
        c.skipUnknown("CodeBook");
      }
    }
    return codes;
  }

  private Variable variable() {
    String guid = c.guid();
    String name = c.required("name");
    String typeName = c.required("typeOfVariable").strip();
    VariableType type = VariableType.ofLexical(typeName);
    if (type == null) {
      throw c.error("<Variable> has typeOfVariable='" + typeName + "', which is not one of Text,"
          + " Boolean, Integer, Float, Date, DateTime");
    }
    String description = null;
    while (c.nextChild()) {
      if (c.name().equals("Description")) {
        description = c.text();
      } else {
        c.skipUnknown("Variable");
      }
    }
    return new Variable(guid, name, type, description);
  }

  private Case qdaCase() {
    String guid = c.guid();
    String name = c.attr("name");
    String description = null;
    List<String> codeRefs = new ArrayList<>();
    List<VariableValue> values = new ArrayList<>();
    List<String> sourceRefs = new ArrayList<>();
    List<String> selectionRefs = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "CodeRef" -> codeRefs.add(c.target());
        case "VariableValue" -> values.add(shared.variableValue());
        case "SourceRef" -> sourceRefs.add(c.target());
        case "SelectionRef" -> selectionRefs.add(c.target());
        default -> c.skipUnknown("Case");
      }
    }
    return new Case(guid, name, description, codeRefs, values, sourceRefs, selectionRefs);
  }

  private Link link() {
    String guid = c.guid();
    String name = c.attr("name");
    String direction = c.attr("direction");
    String color = c.attr("color");
    String origin = c.optionalGuid("originGUID");
    String target = c.optionalGuid("targetGUID");
    List<String> noteRefs = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("NoteRef")) {
        noteRefs.add(c.target());
      } else {
        c.skipUnknown("Link");
      }
    }
    return new Link(guid, name, direction, color, origin, target, noteRefs);
  }

  private QdaSet set() {
    String guid = c.guid();
    String name = c.required("name");
    String description = null;
    List<String> codes = new ArrayList<>();
    List<String> sourceRefs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Description" -> description = c.text();
        case "MemberCode" -> codes.add(c.target());
        case "MemberSource" -> sourceRefs.add(c.target());
        case "MemberNote" -> notes.add(c.target());
        default -> c.skipUnknown("Set");
      }
    }
    return new QdaSet(guid, name, description, codes, sourceRefs, notes);
  }

  private Graph graph() {
    String guid = c.guid();
    String name = c.attr("name");
    List<Graph.Vertex> vertices = new ArrayList<>();
    List<Graph.Edge> edges = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Vertex" -> vertices.add(vertex());
        case "Edge" -> edges.add(edge());
        default -> c.skipUnknown("Graph");
      }
    }
    return new Graph(guid, name, vertices, edges);
  }

  private Graph.Vertex vertex() {
    Graph.Vertex vertex = new Graph.Vertex(c.guid(), c.optionalGuid("representedGUID"),
        c.attr("name"), c.requiredLong("firstX"), c.requiredLong("firstY"),
        c.optionalLong("secondX"), c.optionalLong("secondY"), c.attr("shape"), c.attr("color"));
    c.finish();
    return vertex;
  }

  private Graph.Edge edge() {
    Graph.Edge edge = new Graph.Edge(c.guid(), c.optionalGuid("representedGUID"), c.attr("name"),
        c.required("sourceVertex").strip(), c.required("targetVertex").strip(), c.attr("color"),
        c.attr("direction"), c.attr("lineStyle"));
    c.finish();
    return edge;
  }
}
