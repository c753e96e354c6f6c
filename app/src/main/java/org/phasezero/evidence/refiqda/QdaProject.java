package org.phasezero.evidence.refiqda;

import java.util.List;
import java.util.stream.Stream;

/**
 * A whole REFI-QDA project: the {@code Project} element of {@code project.qde} and the files
 * embedded beside it. Every list is in document order and never null; optional attributes and
 * elements are null when absent.
 *
 * @param name the project's name (required by the schema)
 * @param origin the software that produced the export, e.g. {@code NVivo for Windows 12.6}
 * @param basePath the folder that {@code relative://} source paths are relative to
 * @param provenance who created and last changed the project, and when
 * @param codeBook the codes; empty when the file has none
 * @param notes the project's notes (memos): in QDA-XML a note is a text source
 * @param description the project's description
 * @param noteRefs notes about the project as a whole
 * @param files embedded files other than plain texts (rich text, PDF, pictures, audio, video),
 *     keyed by their name inside the {@code sources} folder, so nothing is lost in a round trip
 */
public record QdaProject(
    String name,
    String origin,
    String basePath,
    Provenance provenance,
    List<User> users,
    CodeBook codeBook,
    List<Variable> variables,
    List<Case> cases,
    List<Source> sources,
    List<TextSource> notes,
    List<Link> links,
    List<QdaSet> sets,
    List<Graph> graphs,
    String description,
    List<String> noteRefs,
    List<EmbeddedFile> files) {

  public QdaProject {
    provenance = provenance == null ? Provenance.NONE : provenance;
    users = List.copyOf(users);
    codeBook = codeBook == null ? CodeBook.EMPTY : codeBook;
    variables = List.copyOf(variables);
    cases = List.copyOf(cases);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
    links = List.copyOf(links);
    sets = List.copyOf(sets);
    graphs = List.copyOf(graphs);
    noteRefs = List.copyOf(noteRefs);
    files = List.copyOf(files);
  }

  /** Every text source of the project (not notes, nor the text inside picture or PDF sources). */
  public Stream<TextSource> textSources() {
    return sources.stream().filter(TextSource.class::isInstance).map(TextSource.class::cast);
  }

  /** This project with {@code files} as its embedded files. */
  public QdaProject withFiles(List<EmbeddedFile> files) {
    return new QdaProject(name, origin, basePath, provenance, users, codeBook, variables, cases,
        sources, notes, links, sets, graphs, description, noteRefs, files);
  }

  /** The embedded file of that name in the sources folder, or null. */
  public EmbeddedFile file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
