package org.phasezero.evidence.files;

import java.util.List;

/** A source file's text (no BOM, LF line endings) and its contiguous segments. */
public record ExtractedText(String text, List<Segment> segments, String format, List<String> warnings) {}
