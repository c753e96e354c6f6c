package org.phasezero.shared;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every capability shares. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

  /** One clock for the whole application, so that tests can fix time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The small-number rule for statutory partners, with its configured threshold. */
  @Bean
  SmallNumbers smallNumbers(@Value("${phasezero.privacy.small-number-threshold:5}") int threshold) {
    return new SmallNumbers(threshold);
  }
}
