package org.phasezero.evidence.web;

import java.util.ArrayList;
import java.util.List;
import org.phasezero.evidence.CodeMatrices;
import org.phasezero.evidence.ResearchProjects;
import org.phasezero.network.Side;
import org.phasezero.shared.ExportFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A project's code co-occurrence, code × side and code × case matrices, on the page and as CSV or XLSX (audited). */
@Controller
class MatrixPages {

  private final ResearchProjects projects;
  private final CodeMatrices matrices;
  private final MessageSource messages;

  MatrixPages(ResearchProjects projects, CodeMatrices matrices, MessageSource messages) {
    this.projects = projects;
    this.matrices = matrices;
    this.messages = messages;
  }

  @GetMapping("/research/{projectId}/matrices")
  String show(@PathVariable long projectId, Model model) {
    model.addAttribute("project", projects.get(projectId));
    model.addAttribute("cooccurrence", matrices.cooccurrence(projectId));
    model.addAttribute("bySide", matrices.bySide(projectId));
    model.addAttribute("byCase", matrices.byCase(projectId));
    return "research/matrices";
  }

  /** {@code which} is {@code cooccurrence}, {@code sides} or {@code cases}; {@code format} csv or xlsx. */
  @GetMapping("/research/{projectId}/matrices/{which}")
  ResponseEntity<byte[]> download(@PathVariable long projectId, @PathVariable String which,
      @RequestParam(defaultValue = "csv") String format) {
    ExportFile.Format chosen = ExportFile.Format.parse(format);
    List<String> headings = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    headings.add(label("matrix.code"));
    if (which.equals("cooccurrence")) {
      var m = matrices.cooccurrence(projectId);
      m.codes().forEach(c -> headings.add(c.name()));
      for (int i = 0; i < m.codes().size(); i++) {
        List<Object> row = new ArrayList<>();
        row.add(m.codes().get(i).name());
        for (long n : m.counts()[i]) {
          row.add(n);
        }
        rows.add(row);
      }
    } else if (which.equals("sides")) {
      var m = matrices.bySide(projectId);
      m.sides().forEach(s -> headings.add(label("enum.Side." + s)));
      headings.add(label("matrix.unlinked"));
      for (int i = 0; i < m.codes().size(); i++) {
        List<Object> row = new ArrayList<>();
        row.add(m.codes().get(i).name());
        for (Side s : m.sides()) {
          row.add(m.counts().get(i).getOrDefault(s, 0L));
        }
        row.add(m.unlinked().get(i));
        rows.add(row);
      }
    } else if (which.equals("cases")) {
      var m = matrices.byCase(projectId);
      m.cases().forEach(k -> headings.add(k.name()));
      for (int i = 0; i < m.codes().size(); i++) {
        List<Object> row = new ArrayList<>();
        row.add(m.codes().get(i).name());
        for (long n : m.counts()[i]) {
          row.add(n);
        }
        rows.add(row);
      }
    } else {
      throw new org.phasezero.shared.NotFound("matrix", which);
    }
    matrices.auditDownload(projectId, which, chosen.name());
    return ExportFile.of(headings, rows, which, "code-" + which + "-" + projectId, chosen);
  }

  private String label(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
