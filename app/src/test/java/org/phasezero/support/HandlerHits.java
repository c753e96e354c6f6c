package org.phasezero.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records which controller methods answered requests in the test server, so that an access matrix
 * can prove it has a row for every page and endpoint of its capability ({@link CoversEveryHandler}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class HandlerHits implements WebMvcConfigurer {

  private static final Set<Method> HIT = ConcurrentHashMap.newKeySet();

  static void reset() {
    HIT.clear();
  }

  static boolean wasHit(Method m) {
    return HIT.contains(m);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod h) {
          HIT.add(h.getMethod());
        }
        return true;
      }
    });
  }
}
