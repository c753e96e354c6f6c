package org.phasezero.evidence.interchange.web;

import org.springframework.web.multipart.MultipartFile;

/** The codebook import form: the {@code .qdc} file. */
public class CodebookUpload {

  private MultipartFile file;

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }
}
