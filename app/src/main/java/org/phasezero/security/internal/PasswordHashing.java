package org.phasezero.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing for the server and the command line alike. The delegating encoder stores the
 * algorithm with each hash ({bcrypt} today), so the algorithm can be upgraded without a migration.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
