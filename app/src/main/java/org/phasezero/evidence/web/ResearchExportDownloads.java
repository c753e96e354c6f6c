package org.phasezero.evidence.web;

import java.util.List;
import org.phasezero.evidence.PseudonymKey;
import org.phasezero.evidence.ResearchExport;
import org.phasezero.shared.ExportFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two files that leave a project for research outside the platform, apart on purpose: the
 * de-identified export (coordinator and researchers) and the pseudonym key (coordinator only).
 * Both are audited by the services that make them.
 */
@RestController
class ResearchExportDownloads {

  private final ResearchExport export;
  private final PseudonymKey key;
  private final MessageSource messages;

  ResearchExportDownloads(ResearchExport export, PseudonymKey key, MessageSource messages) {
    this.export = export;
    this.key = key;
    this.messages = messages;
  }

  @GetMapping({"/research/{projectId}/research-export.zip", "/api/v1/projects/{projectId}/research-export.zip"})
  ResponseEntity<byte[]> deidentified(@PathVariable long projectId) {
    byte[] zip = export.zip(projectId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("research-export-" + projectId + ".zip").build().toString())
        .body(zip);
  }

  @GetMapping("/research/{projectId}/key.csv")
  ResponseEntity<byte[]> pseudonymKey(@PathVariable long projectId) {
    List<List<Object>> rows = key.entries(projectId).stream().map(e -> List.<Object>of(e.original(), e.pseudonym(),
        e.occurrences(), e.sourceId() == null ? "" : e.sourceId())).toList();
    return ExportFile.of(List.of(label("key.original"), label("key.pseudonym"), label("key.occurrences"),
        label("key.sourceId")), rows, "key", "pseudonym-key-" + projectId, ExportFile.Format.CSV);
  }

  private String label(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
