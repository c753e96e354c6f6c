package org.phasezero.support;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A browser test that signs in from a {@link TestNetwork} of its own, made before Chromium is
 * started: the common case, so that each such test says only what it checks.
 */
public abstract class NetworkBrowserTest extends BrowserTestSupport {

  @Autowired
  protected ApplicationContext context;

  protected TestNetwork net;

  @Override
  protected TestNetwork network() {
    return net;
  }

  @BeforeAll
  void startWithNetwork() {
    net = new TestNetwork(context);
    launchBrowser();
  }
}
