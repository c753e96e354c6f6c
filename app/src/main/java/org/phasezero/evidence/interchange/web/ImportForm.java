package org.phasezero.evidence.interchange.web;

import org.springframework.web.multipart.MultipartFile;

/** The project import form: the {@code .qdpx} file and, optionally, the name the project takes. */
public class ImportForm {

  private MultipartFile file;
  private String name;

  public MultipartFile getFile() {
    return file;
  }

  public void setFile(MultipartFile file) {
    this.file = file;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
