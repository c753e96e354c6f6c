package org.phasezero.evidence.files;

/**
 * What PhaseZero checked of a photo (of a PLA workshop's flip charts, say) before storing it.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 */
public record PictureInfo(String mediaType, int width, int height) {}
