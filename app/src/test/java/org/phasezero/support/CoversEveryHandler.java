package org.phasezero.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The guard on an access matrix: after its rows have run, every page and API handler of the named
 * capability packages must have answered at least one of them. A handler added without a row fails
 * the matrix, naming the handler.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CoversEveryHandler.Guard.class)
public @interface CoversEveryHandler {

  /** Package prefixes whose controllers the matrix covers, e.g. {@code org.phasezero.payments}. */
  String[] value();

  class Guard implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      HandlerHits.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
      String[] packages = context.getRequiredTestClass().getAnnotation(CoversEveryHandler.class).value();
      RequestMappingHandlerMapping mapping = SpringExtension.getApplicationContext(context)
          .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
      List<String> missing = mapping.getHandlerMethods().entrySet().stream()
          .filter(e -> Arrays.stream(packages).anyMatch(p -> e.getValue().getBeanType().getName().startsWith(p + ".")))
          .filter(e -> !HandlerHits.wasHit(e.getValue().getMethod()))
          .map(e -> e.getKey() + " -> " + e.getValue().getBeanType().getSimpleName() + "." + e.getValue().getMethod().getName())
          .sorted().toList();
      assertThat(missing).as("handlers without a row in " + context.getRequiredTestClass().getSimpleName()).isEmpty();
    }
  }
}
