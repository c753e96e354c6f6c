package org.phasezero.evidence.web;

import java.util.Arrays;
import java.util.List;
import org.phasezero.evidence.SourceDetails;

/** A source to import: what it is, and which names to replace with pseudonyms on the way in. */
public class SourceUploadForm extends SourceDetails {

  private String otherNames;
  private boolean replaceNetworkNames = true;

  public String getOtherNames() {
    return otherNames;
  }

  public void setOtherNames(String otherNames) {
    this.otherNames = otherNames;
  }

  public boolean isReplaceNetworkNames() {
    return replaceNetworkNames;
  }

  public void setReplaceNetworkNames(boolean replaceNetworkNames) {
    this.replaceNetworkNames = replaceNetworkNames;
  }

  /** The names typed one per line (or separated by commas), without blanks. */
  List<String> otherNameList() {
    return otherNames == null ? List.of()
        : Arrays.stream(otherNames.split("[\\n,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
