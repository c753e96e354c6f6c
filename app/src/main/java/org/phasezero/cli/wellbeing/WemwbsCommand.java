package org.phasezero.cli.wellbeing;

import org.phasezero.analysis.wellbeing.WellbeingScale;
import picocli.CommandLine.Command;

/** {@code phasezero wellbeing wemwbs}: 14 items, total 14–70. */
@Command(name = "wemwbs", mixinStandardHelpOptions = true,
    description = {"Score WEMWBS (14 items, 1-5, total 14-70); with pre/post rows, per-person "
        + "and group change.",
        "WEMWBS is owned by NHS Health Scotland and the Universities of Warwick and Edinburgh; "
            + "item wording is not included."})
public class WemwbsCommand extends ScaleScoringCommand {
  @Override
  WellbeingScale scale() {
    return WellbeingScale.WEMWBS;
  }
}
