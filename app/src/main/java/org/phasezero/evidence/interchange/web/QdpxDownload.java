package org.phasezero.evidence.interchange.web;

import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.interchange.ProjectInterchange;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A project's {@code .qdpx} as a download: a zip, named after the project. */
final class QdpxDownload {

  private QdpxDownload() {}

  static ResponseEntity<byte[]> of(ProjectInterchange interchange, ResearchProjects projects, long id) {
    byte[] bytes = interchange.export(id);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(ProjectInterchange.fileName(projects.get(id)), java.nio.charset.StandardCharsets.UTF_8).build()
            .toString())
        .body(bytes);
  }
}
