package org.phasezero.security.internal;

import org.phasezero.shared.ProblemResponses;
import org.phasezero.security.AccessTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: {@code /api/**} answers with problem details (401/403, never a redirect) and
 * accepts personal access tokens; everything else uses form sign-in with CSRF protection. Both
 * send strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

  /** Same-origin only; no inline script or style. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccessTokens tokens) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
        // Scripts with a bearer token are not exposed to CSRF; browser sessions still are.
        .csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, 401, "Not signed in",
                "Sign in, or send a personal access token as 'Authorization: Bearer <token>'."))
            .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, 403, "Forbidden",
                "Your role may not do this (for a form or browser session, the CSRF token may be missing).")));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
    http.authorizeHttpRequests(a -> a
            .requestMatchers("/login", "/nhsuk/**", "/assets/**", "/css/**", "/js/**", "/webjars/**",
                "/error", "/favicon.ico").permitAll()
            // The API's description is public; the API itself is not.
            .requestMatchers("/v3/api-docs/**", "/api-docs", "/swagger-ui/**").permitAll()
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").permitAll()
            .failureHandler(new ThrottlingFailureHandler(throttle)))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedout"));
    headers(http);
    return http.build();
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h
        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(f -> f.deny())
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
        .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
  }
}
