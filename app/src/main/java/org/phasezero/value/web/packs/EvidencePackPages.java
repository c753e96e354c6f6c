package org.phasezero.value.web.packs;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Choice;
import org.phasezero.shared.FormErrors;
import org.phasezero.value.EvidencePack;
import org.phasezero.value.EvidencePackForm;
import org.phasezero.value.EvidencePacks;
import org.phasezero.value.PackContents;
import org.phasezero.value.SroiAccounts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Evidence pack pages: the list, making a pack (it is made in the background; its page shows the
 * progress, and with JavaScript reloads itself when the pack is ready), a pack with its downloads,
 * publishing it, and checking that today's records give the same figures.
 */
@Controller
@RequestMapping("/value/packs")
class EvidencePackPages {

  private static final String BASE = "/value/packs/";

  private final EvidencePacks packs;
  private final Partnerships partnerships;
  private final SroiAccounts accounts;
  private final PackDocuments documents;
  private final PackContents contents;

  EvidencePackPages(EvidencePacks packs, Partnerships partnerships, SroiAccounts accounts, PackDocuments documents,
      PackContents contents) {
    this.contents = contents;
    this.packs = packs;
    this.partnerships = partnerships;
    this.accounts = accounts;
    this.documents = documents;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long partnershipId, Model model) {
    model.addAttribute("packs", packs.list(partnershipId));
    model.addAttribute("mayMake", packs.mayMake());
    return "value/packs/list";
  }

  @GetMapping("/new")
  String form(@RequestParam(required = false) Long partnershipId, @RequestParam(required = false) Long accountId,
      Model model) {
    packs.requireMayMake();
    EvidencePackForm form = new EvidencePackForm();
    form.setPartnershipId(partnershipId);
    form.setSroiAccountId(accountId);
    if (accountId != null) {
      var a = accounts.get(accountId);
      form.setPartnershipId(a.partnershipId());
      form.setPeriodFrom(a.periodFrom());
      form.setPeriodTo(a.periodTo());
    } else {
      form.setPeriodTo(LocalDate.now());
      form.setPeriodFrom(LocalDate.now().minusYears(1).plusDays(1));
    }
    return form(model, form);
  }

  @PostMapping("/new")
  String make(@Valid @ModelAttribute("form") EvidencePackForm form, BindingResult result, Model model) {
    packs.requireMayMake();
    return FormErrors.submit(result, () -> "redirect:" + BASE + packs.start(form).id(), () -> form(model, form));
  }

  private String form(Model model, EvidencePackForm form) {
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(p -> !p.voided())
        .map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("accountChoices", accounts.list(null, false).stream().filter(a -> a.partnershipId() != null)
        .map(a -> new Choice(a.id(), a.title() + " (" + a.partnershipName() + ")")).toList());
    model.addAttribute("networkChoices", contents.networkChoices());
    model.addAttribute("form", form);
    return "value/packs/form";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    EvidencePack pack = packs.get(id);
    model.addAttribute("pack", pack);
    model.addAttribute("c", pack.ready() ? packs.content(id) : null);
    model.addAttribute("mayPublish", packs.mayPublish(pack));
    model.addAttribute("mayVerify", pack.ready() && packs.mayMake());
    return "value/packs/pack";
  }

  /** The progress part of a pack's page, polled while it is made; once made, the page reloads. */
  @GetMapping("/{id}/progress")
  String progress(@PathVariable long id, Model model, HttpServletResponse response) {
    EvidencePack pack = packs.get(id);
    if (!"GENERATING".equals(pack.status())) {
      response.setHeader("HX-Refresh", "true");
    }
    model.addAttribute("pack", pack);
    return "value/packs/pack :: progress";
  }

  @PostMapping("/{id}/publish")
  String publish(@PathVariable long id) {
    packs.publish(id);
    return "redirect:" + BASE + id + "?published";
  }

  @GetMapping("/{id}/verify")
  String verify(@PathVariable long id, Model model) {
    model.addAttribute("pack", packs.get(id));
    model.addAttribute("check", packs.verify(id));
    return "value/packs/verify";
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    EvidencePack pack = packs.get(id);
    byte[] body = documents.pdf(pack, packs.content(id));
    packs.auditDownload(pack, "PDF");
    return download(body, MediaType.APPLICATION_PDF, "evidence-pack-" + id + ".pdf");
  }

  @GetMapping("/{id}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    EvidencePack pack = packs.get(id);
    byte[] body = documents.xlsx(pack, packs.content(id));
    packs.auditDownload(pack, "XLSX");
    return download(body, MediaType.parseMediaType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "evidence-pack-" + id + ".xlsx");
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString()).body(body);
  }
}
