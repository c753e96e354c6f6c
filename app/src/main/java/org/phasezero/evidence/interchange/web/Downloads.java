package org.phasezero.evidence.interchange.web;

import java.nio.charset.StandardCharsets;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.interchange.CodebookInterchange;
import org.phasezero.evidence.interchange.ProjectInterchange;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A project's {@code .qdpx} (a zip) or its codebook's {@code .qdc} (XML) as a download named after the project. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> qdpx(ProjectInterchange interchange, ResearchProjects projects, long id) {
    byte[] bytes = interchange.export(id);
    return attachment(bytes, "application/zip", ProjectInterchange.fileName(projects.get(id)));
  }

  static ResponseEntity<byte[]> qdc(CodebookInterchange codebooks, ResearchProjects projects, long id) {
    ResearchProject project = projects.get(id);
    byte[] bytes = codebooks.export(id);
    return attachment(bytes, "application/xml", CodebookInterchange.fileName(project));
  }

  private static ResponseEntity<byte[]> attachment(byte[] bytes, String type, String fileName) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(bytes);
  }
}
