package org.phasezero.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why something was refused, as a page shows it: in the reader's language when the reason has words
 * in the message bundles ({@link Conflict#said}), otherwise as it was written.
 */
@Component
public class Reasons {

  private final MessageSource messages;

  Reasons(MessageSource messages) {
    this.messages = messages;
  }

  public String of(RuntimeException e) {
    if (e instanceof MessageSourceResolvable r && r.getCodes() != null) {
      return messages.getMessage(r, LocaleContextHolder.getLocale());
    }
    return e.getMessage();
  }

  /** A reason whose words are in the bundles under {@code key}, in the reader's language. */
  public String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
