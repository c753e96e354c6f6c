package org.phasezero.evidence.web;

import jakarta.validation.Valid;
import java.util.List;
import org.phasezero.evidence.Cases;
import org.phasezero.evidence.Code;
import org.phasezero.evidence.CodeForm;
import org.phasezero.evidence.Codebook;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.evidence.Codings;
import org.phasezero.evidence.MemoTarget;
import org.phasezero.evidence.Memos;
import org.phasezero.evidence.ResearchProject;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.network.Side;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.ExportFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The codebook of a project, and each code's page: its passages, its place in the tree, merging and removing. */
@Controller
class CodebookPages {

  private final ResearchProjects projects;
  private final Codebook codebook;
  private final Codings codings;
  private final Memos memos;
  private final Cases cases;
  private final MessageSource messages;

  CodebookPages(ResearchProjects projects, Codebook codebook, Codings codings, Memos memos, Cases cases,
      MessageSource messages) {
    this.cases = cases;
    this.messages = messages;
    this.projects = projects;
    this.codebook = codebook;
    this.codings = codings;
    this.memos = memos;
  }

  @GetMapping("/research/{projectId}/codes")
  String codebook(@PathVariable long projectId, Model model) {
    ResearchProject project = projects.get(projectId);
    model.addAttribute("project", project);
    List<Code> tree = codebook.tree(projectId);
    model.addAttribute("codes", tree);
    model.addAttribute("withSubCodes", Codebook.withSubCodes(tree));
    model.addAttribute("mayWork", !project.voided());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new CodeForm());
    }
    return "research/codes";
  }

  @PostMapping("/research/{projectId}/codes")
  String add(@PathVariable long projectId, @Valid @ModelAttribute("form") CodeForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> {
      Code c = codebook.create(projectId, form);
      return "redirect:/research/" + projectId + "/codes?added#code-" + c.id();
    }, () -> codebook(projectId, model));
  }

  /** Which of a code's passages to show or download: by the speaker's side, a case, or cases sharing an attribute value. */
  record PassageFilter(Side side, Long caseId, String attribute) {

    boolean any() {
      return side != null || caseId != null || (attribute != null && !attribute.isBlank());
    }
  }

  @GetMapping("/research/codes/{id}")
  String show(@PathVariable long id, PassageFilter filter, Model model) {
    Code code = codebook.get(id);
    ResearchProject project = projects.get(code.projectId());
    List<CodedSegment> segments = passages(code, filter);
    model.addAttribute("code", code);
    model.addAttribute("project", project);
    model.addAttribute("side", filter.side());
    model.addAttribute("caseId", filter.caseId());
    model.addAttribute("attribute", filter.attribute());
    model.addAttribute("filtered", filter.any());
    model.addAttribute("sides", Side.values());
    model.addAttribute("cases", cases.ofProject(code.projectId()));
    model.addAttribute("attributes", cases.attributes(code.projectId()));
    model.addAttribute("segments", segments);
    model.addAttribute("total", filter.any() ? codings.segmentsOf(id).size() : segments.size());
    List<Code> tree = codebook.tree(code.projectId());
    model.addAttribute("parents", tree.stream().filter(c -> c.id() != id).toList());
    model.addAttribute("memos", memos.on(MemoTarget.CODE, id));
    model.addAttribute("mayWork", !code.voided() && !project.voided());
    if (!model.containsAttribute("form")) {
      CodeForm form = new CodeForm(code.name(), code.description(), code.color(), code.parentId());
      form.setVersion(code.version());
      model.addAttribute("form", form);
    }
    return "research/code";
  }

  /** The passages of a code as CSV or XLSX, filtered as on the page; each download is audited. */
  @GetMapping("/research/codes/{id}/passages")
  ResponseEntity<byte[]> download(@PathVariable long id, PassageFilter filter,
      @RequestParam(defaultValue = "csv") String format) {
    ExportFile.Format chosen = ExportFile.Format.parse(format);
    Code code = codebook.get(id);
    List<List<Object>> rows = passages(code, filter).stream().map(s -> List.<Object>of(s.sourceName(),
        s.speakerLabel() == null ? "" : s.speakerLabel(),
        s.speakerSide() == null ? "" : label("enum.Side." + s.speakerSide()), s.coding().coder(), s.before(), s.text(),
        s.after(), s.coding().start(), s.coding().end())).toList();
    codings.auditDownload(code, rows.size(), chosen.name());
    return ExportFile.of(List.of(label("passages.source"), label("passages.speaker"), label("passages.side"),
            label("passages.coder"), label("passages.before"), label("passages.text"), label("passages.after"),
            label("passages.start"), label("passages.end")), rows, "passages", "passages-" + id, chosen);
  }

  private List<CodedSegment> passages(Code code, PassageFilter filter) {
    Cases.Scope scope = filter.caseId() != null ? cases.scopeOf(filter.caseId())
        : filter.attribute() != null && !filter.attribute().isBlank() ? cases.scopeOf(code.projectId(), filter.attribute())
        : null;
    if (filter.caseId() != null && cases.get(filter.caseId()).projectId() != code.projectId()) {
      throw new org.phasezero.shared.NotFound("case", filter.caseId());
    }
    List<CodedSegment> all = codings.segmentsOf(code.id(), scope);
    return filter.side() == null ? all : all.stream().filter(s -> s.speakerSide() == filter.side()).toList();
  }

  private String label(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  @PostMapping("/research/codes/{id}")
  String update(@PathVariable long id, @Valid @ModelAttribute("form") CodeForm form, BindingResult result,
      Model model) {
    return FormErrors.submit(result, () -> {
      codebook.update(id, form);
      return "redirect:/research/codes/" + id + "?saved";
    }, () -> show(id, new PassageFilter(null, null, null), model));
  }

  @PostMapping("/research/codes/{id}/merge")
  String merge(@PathVariable long id, @RequestParam(required = false) Long intoId, Model model) {
    try {
      if (intoId == null) {
        throw new Conflict("Choose the code to merge this one into.");
      }
      Code into = codebook.merge(id, intoId);
      return "redirect:/research/codes/" + into.id() + "?saved";
    } catch (Conflict e) {
      model.addAttribute("mergeError", e.getMessage());
      return show(id, new PassageFilter(null, null, null), model);
    }
  }

  @PostMapping("/research/codes/{id}/split")
  String split(@PathVariable long id, @RequestParam(required = false) String name,
      @RequestParam(required = false) List<Long> codingIds, Model model) {
    try {
      if (name == null || name.isBlank()) {
        throw new Conflict("Name the new code.");
      }
      Code created = codebook.split(id, name, codingIds);
      return "redirect:/research/codes/" + created.id() + "?added";
    } catch (Conflict e) {
      model.addAttribute("splitError", e.getMessage());
      return show(id, new PassageFilter(null, null, null), model);
    }
  }

  @PostMapping("/research/codes/{id}/memos")
  String writeMemo(@PathVariable long id, @RequestParam(required = false) String title,
      @RequestParam(required = false) String body, Model model) {
    try {
      memos.write(MemoTarget.CODE, id, title, body);
      return "redirect:/research/codes/" + id + "?saved#memos";
    } catch (Conflict e) {
      model.addAttribute("memoError", e.getMessage());
      return show(id, new PassageFilter(null, null, null), model);
    }
  }

  @GetMapping("/research/codes/{id}/void")
  String removeForm(@PathVariable long id, Model model) {
    Code c = codebook.get(id);
    return VoidPage.show(model, c.name(), "/research/codes/" + id, new VoidRequest());
  }

  @PostMapping("/research/codes/{id}/void")
  String remove(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Code c = codebook.get(id);
    return VoidPage.submit(model, c.name(), "/research/codes/" + id, form, result, reason -> codebook.remove(id, reason),
        "redirect:/research/" + c.projectId() + "/codes?voided");
  }
}
