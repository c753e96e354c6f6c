package org.phasezero.evidence.refiqda;

import java.util.Map;

/**
 * Writes {@code project.qde} for a project: elements and attributes in the order
 * {@code Project.xsd} requires, empty containers left out (the schema wants at least one child in
 * each), and a {@code <?phasezero positions="code-points"?>} instruction telling our own reader
 * that the positions are standard whatever {@code origin} says (the origin of an NVivo project
 * stays "NVivo", though NVivo itself counts differently).
 */
final class ProjectXml {

  static final String NAMESPACE = XmlCursor.QDA_NAMESPACE;
  static final String INSTRUCTION = PositionSurvey.WRITER_INSTRUCTION + " positions=\"code-points\"";

  private ProjectXml() {}

  /**
   * The XML text of {@code project.qde}.
   *
   * @param textFiles receives the plain texts to write as files in the sources folder
   */
  static String write(QdaProject project, Map<String, String> textFiles) {
    XmlOut xml = new XmlOut().declaration(INSTRUCTION);
    SourceXml sources = new SourceXml(xml, textFiles);
    Provenance p = project.provenance();
    xml.start("Project").attr("xmlns", NAMESPACE).attr("name", project.name())
        .attr("origin", project.origin()).attr("creatingUserGUID", p.creatingUser())
        .attr("creationDateTime", p.created()).attr("modifyingUserGUID", p.modifyingUser())
        .attr("modifiedDateTime", p.modified()).attr("basePath", project.basePath());
    if (!project.users().isEmpty()) {
      xml.start("Users");
      project.users().forEach(u ->
          xml.start("User").attr("guid", u.guid()).attr("name", u.name()).attr("id", u.id()).end());
      xml.end();
    }
    if (!project.codeBook().codes().isEmpty()) {
      xml.start("CodeBook").start("Codes");
      project.codeBook().codes().forEach(code -> CodeXml.code(xml, code, sources::noteRefs));
      xml.end().end();
    }
    if (!project.variables().isEmpty()) {
      xml.start("Variables");
      for (Variable v : project.variables()) {
        xml.start("Variable").attr("guid", v.guid()).attr("name", v.name())
            .attr("typeOfVariable", v.type().lexical());
        xml.textElement("Description", v.description()).end();
      }
      xml.end();
    }
    if (!project.cases().isEmpty()) {
      xml.start("Cases");
      project.cases().forEach(c -> qdaCase(xml, sources, c));
      xml.end();
    }
    if (!project.sources().isEmpty()) {
      xml.start("Sources");
      project.sources().forEach(sources::source);
      xml.end();
    }
    if (!project.notes().isEmpty()) {
      xml.start("Notes");
      project.notes().forEach(note -> sources.textSource("Note", note));
      xml.end();
    }
    if (!project.links().isEmpty()) {
      xml.start("Links");
      project.links().forEach(link -> link(xml, sources, link));
      xml.end();
    }
    if (!project.sets().isEmpty()) {
      xml.start("Sets");
      project.sets().forEach(set -> set(xml, set));
      xml.end();
    }
    if (!project.graphs().isEmpty()) {
      xml.start("Graphs");
      project.graphs().forEach(graph -> graph(xml, graph));
      xml.end();
    }
    xml.textElement("Description", project.description());
    sources.noteRefs(project.noteRefs());
    return xml.end().finish();
  }

  private static void qdaCase(XmlOut xml, SourceXml sources, Case c) {
    xml.start("Case").attr("guid", c.guid()).attr("name", c.name());
    xml.textElement("Description", c.description());
    c.codeRefs().forEach(target -> xml.reference("CodeRef", target));
    sources.variableValues(c.variableValues());
    c.sourceRefs().forEach(target -> xml.reference("SourceRef", target));
    c.selectionRefs().forEach(target -> xml.reference("SelectionRef", target));
    xml.end();
  }

  private static void link(XmlOut xml, SourceXml sources, Link link) {
    xml.start("Link").attr("guid", link.guid()).attr("name", link.name())
        .attr("direction", link.direction()).attr("color", link.color())
        .attr("originGUID", link.originGuid()).attr("targetGUID", link.targetGuid());
    sources.noteRefs(link.noteRefs());
    xml.end();
  }

  private static void set(XmlOut xml, QdaSet set) {
    xml.start("Set").attr("guid", set.guid()).attr("name", set.name());
    xml.textElement("Description", set.description());
    set.memberCodes().forEach(target -> xml.reference("MemberCode", target));
    set.memberSources().forEach(target -> xml.reference("MemberSource", target));
    set.memberNotes().forEach(target -> xml.reference("MemberNote", target));
    xml.end();
  }

  private static void graph(XmlOut xml, Graph graph) {
    xml.start("Graph").attr("guid", graph.guid()).attr("name", graph.name());
    for (Graph.Vertex v : graph.vertices()) {
      xml.start("Vertex").attr("guid", v.guid()).attr("representedGUID", v.representedGuid())
          .attr("name", v.name()).attr("firstX", v.firstX()).attr("firstY", v.firstY())
          .attr("secondX", v.secondX()).attr("secondY", v.secondY()).attr("shape", v.shape())
          .attr("color", v.color()).end();
    }
    for (Graph.Edge e : graph.edges()) {
      xml.start("Edge").attr("guid", e.guid()).attr("representedGUID", e.representedGuid())
          .attr("name", e.name()).attr("sourceVertex", e.sourceVertex())
          .attr("targetVertex", e.targetVertex()).attr("color", e.color())
          .attr("direction", e.direction()).attr("lineStyle", e.lineStyle()).end();
    }
    xml.end();
  }
}
