package org.phasezero.shared;

/**
 * A form that changes a versioned record: the version the person read travels with the change, so
 * that a second editor working from an older copy is refused (409) instead of silently
 * overwriting. The API requires it on every PUT (see web.api.VersionRequired).
 */
public interface Versioned {

  Integer getVersion();

  void setVersion(Integer version);
}
