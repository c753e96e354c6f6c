package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.util.List;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.Coding;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.EvidenceSource;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.Memos;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.evidence.SourceSegment;
import org.phasezero.evidence.Sources;
import org.phasezero.network.PersonPicker;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
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
 * A source's page: a page of its turns with their codings drawn on them. Coding works without
 * JavaScript by ticking whole turns and choosing a code; with it, selecting words offers the same
 * choice for exactly the words selected.
 */
@Controller
@RequestMapping("/research/sources")
class SourcePages {

  static final int TURNS_PER_PAGE = 40;

  private final Sources sources;
  private final ResearchProjects projects;
  private final Codebook codebook;
  private final Codings codings;
  private final Memos memos;
  private final PersonPicker picker;

  SourcePages(Sources sources, ResearchProjects projects, Codebook codebook, Codings codings, Memos memos,
      PersonPicker picker) {
    this.sources = sources;
    this.projects = projects;
    this.codebook = codebook;
    this.codings = codings;
    this.memos = memos;
    this.picker = picker;
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) Integer coded, Model model) {
    model.addAttribute("coded", coded);
    EvidenceSource source = sources.get(id);
    int pages = Math.max(1, (source.segmentCount() + TURNS_PER_PAGE - 1) / TURNS_PER_PAGE);
    int shown = Math.min(Math.max(page, 0), pages - 1);
    List<SourceSegment> segments = sources.page(id, shown * TURNS_PER_PAGE, TURNS_PER_PAGE);
    List<Coding> onPage = segments.isEmpty() ? List.of()
        : codings.overlapping(id, segments.get(0).start(), segments.get(segments.size() - 1).end());
    model.addAttribute("source", source);
    model.addAttribute("project", projects.get(source.projectId()));
    model.addAttribute("turns", TurnView.of(segments, onPage.stream().filter(c -> c.box().length == 0).toList()));
    model.addAttribute("regions", onPage.stream().filter(c -> c.box().length == 4).toList());
    model.addAttribute("page", shown);
    model.addAttribute("pages", pages);
    model.addAttribute("firstTurn", shown * TURNS_PER_PAGE + 1);
    model.addAttribute("lastTurn", shown * TURNS_PER_PAGE + segments.size());
    model.addAttribute("codes", codebook.tree(source.projectId()).stream().filter(c -> c.codable()).toList());
    model.addAttribute("speakers", sources.speakers(id));
    model.addAttribute("memos", memos.on(MemoTarget.SOURCE, id));
    boolean mayWork = !source.voided() && !projects.get(source.projectId()).voided();
    model.addAttribute("mayWork", mayWork);
    if (!model.containsAttribute("speakerForm")) {
      model.addAttribute("speakerForm", new SpeakerForm());
    }
    SpeakerForm speaker = (SpeakerForm) model.getAttribute("speakerForm");
    model.addAttribute("picks", picker.onThisRequest().field("personId", speaker.getPersonId()));
    return "research/source";
  }

  /** Codes the ticked turns (the form that works without JavaScript). */
  @PostMapping("/{id}/codings")
  String codeTurns(@PathVariable long id, @RequestParam(required = false) List<Long> segmentIds,
      @RequestParam(required = false) Long codeId, @RequestParam(defaultValue = "0") int page, Model model) {
    if (codeId == null || segmentIds == null || segmentIds.isEmpty()) {
      model.addAttribute("codingError", codeId == null ? "Choose a code to apply." : "Tick the turns to code.");
      return show(id, page, null, model);
    }
    int applied;
    try {
      applied = codings.applyToSegments(id, segmentIds, codeId);
    } catch (Conflict e) {
      model.addAttribute("codingError", e.getMessage());
      return show(id, page, null, model);
    }
    return "redirect:/research/sources/" + id + "?page=" + page + "&coded=" + applied + "#turn-" + segmentIds.get(0);
  }

  /** Codes exactly the selected words (the selection script posts the offsets it read from the page). */
  @PostMapping("/{id}/codings/range")
  String codeRange(@PathVariable long id, @RequestParam(required = false) Integer start,
      @RequestParam(required = false) Integer end, @RequestParam(required = false) Long codeId,
      @RequestParam(defaultValue = "0") int page, Model model) {
    if (codeId == null || start == null || end == null) {
      model.addAttribute("codingError", codeId == null ? "Choose a code to apply." : "Select the words to code.");
      return show(id, page, null, model);
    }
    try {
      codings.apply(id, codeId, start, end);
    } catch (Conflict e) {
      model.addAttribute("codingError", e.getMessage());
      return show(id, page, null, model);
    }
    return "redirect:/research/sources/" + id + "?page=" + page + "&coded=1";
  }

  /** Codes a region of a picture, given in percent of its width and height (a form anyone can fill in). */
  @PostMapping("/{id}/codings/region")
  String codeRegion(@PathVariable long id, @RequestParam(required = false) Long codeId,
      @RequestParam(required = false) Integer left, @RequestParam(required = false) Integer top,
      @RequestParam(required = false) Integer width, @RequestParam(required = false) Integer height, Model model) {
    try {
      if (codeId == null || left == null || top == null || width == null || height == null) {
        throw new Conflict("Choose a code and give the region's left, top, width and height.");
      }
      codings.applyToRegion(id, codeId, left, top, width, height);
    } catch (Conflict e) {
      model.addAttribute("codingError", e.getMessage());
      return show(id, 0, null, model);
    }
    return "redirect:/research/sources/" + id + "?coded=1#picture";
  }

  /** One coding: its passage in context, who applied it, and the memos written about it. */
  @GetMapping("/codings/{codingId}")
  String coding(@PathVariable long codingId, Model model) {
    Coding c = codings.get(codingId);
    EvidenceSource source = sources.get(c.sourceId());
    model.addAttribute("coding", c);
    model.addAttribute("source", source);
    model.addAttribute("project", projects.get(source.projectId()));
    model.addAttribute("before", sources.text(c.sourceId(), Math.max(0, c.start() - 200), c.start()));
    model.addAttribute("passage", sources.text(c.sourceId(), c.start(), c.end()));
    model.addAttribute("after", sources.text(c.sourceId(), c.end(), Math.min(source.charCount(), c.end() + 200)));
    model.addAttribute("memos", memos.on(MemoTarget.CODING, codingId));
    model.addAttribute("mayWork", !c.voided() && !source.voided());
    return "research/coding";
  }

  @PostMapping("/codings/{codingId}/memos")
  String writeCodingMemo(@PathVariable long codingId, @RequestParam(required = false) String title,
      @RequestParam(required = false) String body, Model model) {
    try {
      memos.write(MemoTarget.CODING, codingId, title, body);
      return "redirect:/research/sources/codings/" + codingId + "?saved#memos";
    } catch (Conflict e) {
      model.addAttribute("memoError", e.getMessage());
      return coding(codingId, model);
    }
  }

  @GetMapping("/codings/{codingId}/void")
  String removeCodingForm(@PathVariable long codingId, Model model) {
    Coding c = codings.get(codingId);
    return VoidPage.show(model, c.codeName(), "/research/sources/codings/" + codingId, new VoidRequest());
  }

  @PostMapping("/codings/{codingId}/void")
  String removeCoding(@PathVariable long codingId, @Valid @ModelAttribute("form") VoidRequest form,
      BindingResult result, Model model) {
    Coding c = codings.get(codingId);
    return VoidPage.submit(model, c.codeName(), "/research/sources/codings/" + codingId, form, result,
        reason -> codings.remove(codingId, reason), "redirect:/research/sources/" + c.sourceId() + "?voided");
  }

  /** Attributes every turn of a speaker label to a person who consented to research use. */
  @PostMapping("/{id}/speakers")
  String linkSpeaker(@PathVariable long id, @ModelAttribute("speakerForm") SpeakerForm form, BindingResult result,
      Model model) {
    if (PersonPicker.searching()) {
      return PersonPicker.searchStep(model, result, () -> show(id, 0, null, model));
    }
    if (form.getPersonId() == null) {
      result.rejectValue("personId", "required", "Choose the person who spoke these turns.");
    }
    return org.phasezero.shared.FormErrors.submit(result, () -> {
      sources.linkSpeaker(id, form.getLabel(), form.getPersonId());
      return "redirect:/research/sources/" + id + "?saved#speakers";
    }, () -> show(id, 0, null, model));
  }

  @PostMapping("/{id}/memos")
  String writeMemo(@PathVariable long id, @RequestParam(required = false) String title,
      @RequestParam(required = false) String body, Model model) {
    try {
      memos.write(MemoTarget.SOURCE, id, title, body);
      return "redirect:/research/sources/" + id + "?saved#memos";
    } catch (Conflict e) {
      model.addAttribute("memoError", e.getMessage());
      return show(id, 0, null, model);
    }
  }

  @GetMapping("/{id}/void")
  String removeForm(@PathVariable long id, Model model) {
    EvidenceSource s = sources.get(id);
    return VoidPage.show(model, s.name(), "/research/sources/" + id, new VoidRequest());
  }

  @PostMapping("/{id}/void")
  String remove(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    EvidenceSource s = sources.get(id);
    return VoidPage.submit(model, s.name(), "/research/sources/" + id, form, result,
        reason -> sources.remove(id, reason), "redirect:/research/" + s.projectId() + "?voided#sources");
  }

  /** The file a source came with (a workshop photo, say), for those who may open the source. */
  @GetMapping("/{id}/file")
  ResponseEntity<byte[]> file(@PathVariable long id) {
    var file = sources.file(id).orElseThrow(() -> new org.phasezero.shared.NotFound("file of source", id));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getKey()))
        .header("Content-Disposition", "inline").header("X-Content-Type-Options", "nosniff").body(file.getValue());
  }
}
