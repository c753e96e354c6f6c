package org.phasezero.support;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.phasezero.security.SystemActor;

/**
 * Runs a test class's {@code @BeforeAll} and {@code @BeforeEach} methods as the system, the way
 * the demo loader and the command line set data up: fixtures are made through the real services,
 * which refuse to act for no one. The tests themselves act as the users they sign in as.
 */
public class SetUpAsSystem implements InvocationInterceptor {

  @Override
  public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    asSystem(invocation);
  }

  @Override
  public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    asSystem(invocation);
  }

  private static void asSystem(Invocation<Void> invocation) throws Throwable {
    try (var system = SystemActor.enter("test fixture")) {
      invocation.proceed();
    }
  }
}
