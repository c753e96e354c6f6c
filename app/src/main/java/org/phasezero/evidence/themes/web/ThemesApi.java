package org.phasezero.evidence.themes.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.evidence.CodedSegment;
import org.phasezero.evidence.themes.NetworkForm;
import org.phasezero.evidence.themes.ThematicNetwork;
import org.phasezero.evidence.themes.ThematicNetworks;
import org.phasezero.evidence.themes.Theme;
import org.phasezero.evidence.themes.ThemeEvidence;
import org.phasezero.evidence.themes.ThemeForm;
import org.phasezero.evidence.themes.Themes;
import org.phasezero.network.Side;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.VoidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1}: a project's thematic networks, a network as its tree of themes with passages by
 * side, themes added, changed, moved and removed, codes grouped under basic themes, and the quotes
 * that support a theme.
 */
@RestController
class ThemesApi {

  /** A code to group under a basic theme. */
  record CodeLink(Long codeId) {}

  private final ThematicNetworks networks;
  private final Themes themes;
  private final ThemeEvidence evidence;
  private final org.phasezero.evidence.themes.NetworkVersions versions;

  ThemesApi(ThematicNetworks networks, Themes themes, ThemeEvidence evidence,
      org.phasezero.evidence.themes.NetworkVersions versions) {
    this.versions = versions;
    this.networks = networks;
    this.themes = themes;
    this.evidence = evidence;
  }

  @GetMapping("/api/v1/projects/{projectId}/theme-networks")
  List<ThematicNetwork> ofProject(@PathVariable long projectId) {
    return networks.ofProject(projectId);
  }

  @PostMapping("/api/v1/projects/{projectId}/theme-networks")
  ResponseEntity<ThematicNetwork> create(@PathVariable long projectId, @Valid @RequestBody NetworkForm form) {
    ThematicNetwork n = networks.create(projectId, form);
    return ResponseEntity.created(URI.create("/api/v1/theme-networks/" + n.id())).body(n);
  }

  @GetMapping("/api/v1/theme-networks/{id}")
  ThemeEvidence.Trace get(@PathVariable long id) {
    return evidence.trace(id);
  }

  @PutMapping("/api/v1/theme-networks/{id}")
  ThematicNetwork update(@PathVariable long id, @Valid @RequestBody NetworkForm form) {
    return networks.update(id, form);
  }

  /** A label for the version to freeze. */
  record VersionLabel(String label) {}

  @GetMapping("/api/v1/theme-networks/{id}/versions")
  List<org.phasezero.evidence.themes.NetworkVersions.Version> versions(@PathVariable long id) {
    return versions.ofNetwork(id);
  }

  @PostMapping("/api/v1/theme-networks/{id}/versions")
  ResponseEntity<org.phasezero.evidence.themes.NetworkVersions.Version> freeze(@PathVariable long id,
      @RequestBody VersionLabel body) {
    var v = versions.freeze(id, body.label());
    return ResponseEntity.created(URI.create("/api/v1/theme-network-versions/" + v.id())).body(v);
  }

  /** A frozen version beside the network now: every change, theme by theme. */
  @GetMapping("/api/v1/theme-network-versions/{versionId}")
  org.phasezero.evidence.themes.NetworkVersions.Comparison compare(@PathVariable long versionId) {
    return versions.compare(versionId);
  }

  @PostMapping("/api/v1/theme-networks/{id}/themes")
  ResponseEntity<Theme> addTheme(@PathVariable long id, @Valid @RequestBody ThemeForm form) {
    Theme t = themes.add(id, form);
    return ResponseEntity.created(URI.create("/api/v1/themes/" + t.id())).body(t);
  }

  @PutMapping("/api/v1/themes/{id}")
  Theme updateTheme(@PathVariable long id, @Valid @RequestBody ThemeForm form) {
    return themes.update(id, form);
  }

  @PostMapping("/api/v1/themes/{id}/codes")
  Theme attach(@PathVariable long id, @RequestBody CodeLink link) {
    if (link.codeId() == null) {
      throw new Conflict("codeId", "Give the codeId of the code to group under this theme.");
    }
    return themes.attach(id, link.codeId());
  }

  @PostMapping("/api/v1/themes/{id}/codes/{codeId}/detach")
  Theme detach(@PathVariable long id, @PathVariable long codeId) {
    return themes.detach(id, codeId);
  }

  @PostMapping("/api/v1/themes/{id}/void")
  Theme remove(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return themes.remove(id, request.getReason());
  }

  @GetMapping("/api/v1/themes/{id}/quotes")
  List<CodedSegment> quotes(@PathVariable long id, @RequestParam(required = false) Side side,
      @RequestParam(required = false) Long caseId) {
    return evidence.quotes(id, side, caseId);
  }
}
