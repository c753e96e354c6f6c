package org.phasezero.cli.wellbeing;

import org.phasezero.analysis.wellbeing.WellbeingScale;
import picocli.CommandLine.Command;

/** {@code phasezero wellbeing swemwbs}: 7 items, raw 7–35, Rasch metric score. */
@Command(name = "swemwbs", mixinStandardHelpOptions = true,
    description = {"Score SWEMWBS (7 items, 1-5): raw 7-35 and the Rasch metric score; with "
        + "pre/post rows, per-person and group change on the metric score.",
        "SWEMWBS is owned by NHS Health Scotland and the Universities of Warwick and Edinburgh; "
            + "item wording is not included."})
public class SwemwbsCommand extends ScaleScoringCommand {
  @Override
  WellbeingScale scale() {
    return WellbeingScale.SWEMWBS;
  }
}
