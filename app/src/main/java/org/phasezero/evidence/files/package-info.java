/** Reading source files (text, Word, PDF, WebVTT, SubRip, photos) into text with speaker turns, and pseudonymising it. */
@org.springframework.modulith.NamedInterface("files")
package org.phasezero.evidence.files;
