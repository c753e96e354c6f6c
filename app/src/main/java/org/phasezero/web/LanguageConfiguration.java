package org.phasezero.web;

import org.phasezero.security.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** {@code ?lang=ur} on any page chooses the language (Spring's convention); {@link ChosenLanguage} keeps it. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

  /** The bean name the DispatcherServlet looks for; it replaces Spring Boot's Accept-Language resolver. */
  @Bean
  LocaleResolver localeResolver(Accounts accounts) {
    return new ChosenLanguage(accounts);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setHttpMethods("GET", "HEAD");
    // ?lang=xx-not-a-locale is ignored rather than answered with an error.
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
