package org.phasezero.shared;

import java.time.Clock;
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
}
