package org.phasezero.value.web.packs;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.value.EvidencePack;
import org.phasezero.value.EvidencePackForm;
import org.phasezero.value.EvidencePacks;
import org.phasezero.value.PackContent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/evidence-packs}: making a pack answers 202 with its address at once (it is made in
 * the background: poll it until {@code status} is {@code READY}); then its content, {@code /{id}.pdf},
 * {@code /{id}.xlsx}, publishing, and a check that today's records give the same figures.
 */
@RestController
@RequestMapping("/api/v1/evidence-packs")
class EvidencePacksApi {

  private final EvidencePacks packs;
  private final PackDocuments documents;

  EvidencePacksApi(EvidencePacks packs, PackDocuments documents) {
    this.packs = packs;
    this.documents = documents;
  }

  @GetMapping
  List<EvidencePack> list(@RequestParam(required = false) Long partnershipId) {
    return packs.list(partnershipId);
  }

  @PostMapping
  ResponseEntity<EvidencePack> make(@Valid @RequestBody EvidencePackForm form) {
    EvidencePack pack = packs.start(form);
    return ResponseEntity.accepted().location(URI.create("/api/v1/evidence-packs/" + pack.id())).body(pack);
  }

  @GetMapping("/{id}")
  EvidencePack get(@PathVariable long id) {
    return packs.get(id);
  }

  @GetMapping("/{id}/content")
  PackContent content(@PathVariable long id) {
    return packs.content(id);
  }

  @GetMapping("/{id}/verify")
  EvidencePacks.Verification verify(@PathVariable long id) {
    return packs.verify(id);
  }

  @PostMapping("/{id}/publish")
  EvidencePack publish(@PathVariable long id) {
    return packs.publish(id);
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    EvidencePack pack = packs.get(id);
    byte[] body = documents.pdf(pack, packs.content(id));
    packs.auditDownload(pack, "PDF");
    return EvidencePackPages.download(body, MediaType.APPLICATION_PDF, "evidence-pack-" + id + ".pdf");
  }

  @GetMapping("/{id}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    EvidencePack pack = packs.get(id);
    byte[] body = documents.xlsx(pack, packs.content(id));
    packs.auditDownload(pack, "XLSX");
    return EvidencePackPages.download(body, MediaType.parseMediaType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "evidence-pack-" + id + ".xlsx");
  }
}
