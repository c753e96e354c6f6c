package org.phasezero.value.web.indicators;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.phasezero.partnerships.Partnerships;
import org.phasezero.shared.Choice;
import org.phasezero.shared.FormErrors;
import org.phasezero.shared.MayEdit;
import org.phasezero.shared.VoidPage;
import org.phasezero.shared.VoidRequest;
import org.phasezero.value.Indicator;
import org.phasezero.value.IndicatorForm;
import org.phasezero.value.Indicators;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Other outcome indicators: the list, recording a value, voiding one; {@code /api/v1/indicators} beside them. */
@Controller
class IndicatorPages {

  private final Indicators indicators;
  private final Partnerships partnerships;

  IndicatorPages(Indicators indicators, Partnerships partnerships) {
    this.indicators = indicators;
    this.partnerships = partnerships;
  }

  @GetMapping("/value/indicators")
  String list(@RequestParam(required = false) Long partnershipId, Model model) {
    model.addAttribute("indicators", indicators.list(partnershipId));
    model.addAttribute("mayRecord", indicators.mayRecord());
    return "value/indicators/list";
  }

  @GetMapping("/value/indicators/new")
  String form(@RequestParam(required = false) Long partnershipId, Model model) {
    indicators.requireMayRecord();
    IndicatorForm form = new IndicatorForm();
    form.setPartnershipId(partnershipId);
    return form(model, form);
  }

  @PostMapping("/value/indicators/new")
  String record(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model) {
    indicators.requireMayRecord();
    return FormErrors.submit(result, () -> {
      indicators.record(form);
      return "redirect:/value/indicators?added";
    }, () -> form(model, form));
  }

  private String form(Model model, IndicatorForm form) {
    model.addAttribute("partnershipChoices", partnerships.all().stream().filter(p -> !p.voided())
        .filter(partnerships::mayContribute).map(p -> new Choice(p.id(), p.name())).toList());
    model.addAttribute("form", form);
    return "value/indicators/form";
  }

  @GetMapping("/value/indicators/{id}/void")
  String voidForm(@PathVariable long id, Model model) {
    Indicator i = indicators.get(id);
    MayEdit.require(indicators.mayEdit(i));
    return VoidPage.show(model, i.name(), "/value/indicators", "/value/indicators/" + id + "/void", new VoidRequest(null));
  }

  @PostMapping("/value/indicators/{id}/void")
  String voidRecord(@PathVariable long id, @Valid @ModelAttribute("form") VoidRequest form, BindingResult result,
      Model model) {
    Indicator i = indicators.get(id);
    MayEdit.require(indicators.mayEdit(i));
    return VoidPage.submit(model, i.name(), "/value/indicators", "/value/indicators/" + id + "/void", form, result,
        reason -> indicators.voidRecord(id, reason), "redirect:/value/indicators?voided");
  }

  @GetMapping("/api/v1/indicators")
  @ResponseBody
  List<Indicator> listApi(@RequestParam(required = false) Long partnershipId) {
    return indicators.list(partnershipId);
  }

  @PostMapping("/api/v1/indicators")
  @ResponseBody
  ResponseEntity<Indicator> recordApi(@Valid @RequestBody IndicatorForm form) {
    Indicator i = indicators.record(form);
    return ResponseEntity.created(URI.create("/api/v1/indicators/" + i.id())).body(i);
  }

  @GetMapping("/api/v1/indicators/{id}")
  @ResponseBody
  Indicator getApi(@PathVariable long id) {
    return indicators.get(id);
  }

  @PostMapping("/api/v1/indicators/{id}/void")
  @ResponseBody
  Indicator voidApi(@PathVariable long id, @Valid @RequestBody VoidRequest request) {
    return indicators.voidRecord(id, request.getReason());
  }
}
