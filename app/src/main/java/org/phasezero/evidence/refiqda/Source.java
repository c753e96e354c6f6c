package org.phasezero.evidence.refiqda;

import java.util.List;

/** A source of evidence: one of the five kinds of source element QDA-XML defines. */
public sealed interface Source
    permits TextSource, PdfSource, PictureSource, AudioSource, VideoSource {

  String guid();

  String name();

  String description();

  /** Codes applied to the source as a whole. */
  List<Coding> codings();

  List<String> noteRefs();

  List<VariableValue> variableValues();

  Provenance provenance();
}
