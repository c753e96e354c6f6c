package org.phasezero.demo;

import org.phasezero.security.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In demo mode: loads the demo network into an empty database, (re)sets the demo sign-ins and makes the
 * demo's researchers members of its research project.
 */
@Component
@ConditionalOnProperty(name = "phasezero.demo.enabled", havingValue = "true")
class DemoStartup implements ApplicationRunner {

  private final DemoNetwork network;
  private final DemoAccounts accounts;
  private final DemoResearch research;
  private final DemoAnalysingTogether analysingTogether;
  private final String password;
  private final int scale;

  DemoStartup(DemoNetwork network, DemoAccounts accounts, DemoResearch research, DemoAnalysingTogether analysingTogether,
      @Value("${phasezero.demo.password}") String password, @Value("${phasezero.demo.scale:1}") int scale) {
    this.analysingTogether = analysingTogether;
    this.network = network;
    this.accounts = accounts;
    this.research = research;
    this.password = password;
    this.scale = scale;
  }

  @Override
  public void run(ApplicationArguments args) {
    SystemActor.run("demo", () -> {
      if (network.isEmpty()) {
        network.load(scale);
      }
      accounts.ensure(password);
      research.addMembers();
      analysingTogether.addRound();
    });
  }
}
