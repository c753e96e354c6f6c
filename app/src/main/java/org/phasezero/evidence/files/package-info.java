/** Reading source files into text with speaker turns or paragraphs, checking photos, pseudonymising names. */
@org.springframework.modulith.NamedInterface("files")
package org.phasezero.evidence.files;
