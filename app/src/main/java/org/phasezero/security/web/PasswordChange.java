package org.phasezero.security.web;

import jakarta.validation.constraints.NotBlank;

/** The change-your-password form: the current password, and the new one typed twice. */
public class PasswordChange {

  @NotBlank(message = "{account.password.current.required}")
  private String currentPassword;

  @NotBlank(message = "{account.password.new.required}")
  private String newPassword;

  private String confirmPassword;

  public String getCurrentPassword() { return currentPassword; }
  public void setCurrentPassword(String v) { currentPassword = v; }
  public String getNewPassword() { return newPassword; }
  public void setNewPassword(String v) { newPassword = v; }
  public String getConfirmPassword() { return confirmPassword; }
  public void setConfirmPassword(String v) { confirmPassword = v; }
}
