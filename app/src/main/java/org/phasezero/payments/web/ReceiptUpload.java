package org.phasezero.payments.web;

import org.springframework.web.multipart.MultipartFile;

/** The receipt upload form on a claim's page. */
public class ReceiptUpload {

  private MultipartFile file;

  public MultipartFile getFile() { return file; }
  public void setFile(MultipartFile v) { file = v; }
}
