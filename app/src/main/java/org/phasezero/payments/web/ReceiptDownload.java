package org.phasezero.payments.web;

import org.phasezero.payments.Receipts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A receipt sent as an attachment with the type found from its content, never shown inline. */
final class ReceiptDownload {

  private ReceiptDownload() {}

  static ResponseEntity<byte[]> of(Receipts.File f) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(f.content());
  }
}
