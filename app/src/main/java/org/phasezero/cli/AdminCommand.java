package org.phasezero.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.phasezero.security.Account;
import org.phasezero.security.Accounts;
import org.phasezero.security.Role;
import org.phasezero.shared.Conflict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phasezero admin}: account administration from the server's shell. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Administer accounts.",
    subcommands = AdminCommand.CreateUser.class)
public class AdminCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Creates an account; the way to make the first coordinator in production. */
  @Command(name = "create-user", mixinStandardHelpOptions = true,
      description = {"Create a sign-in account. The password is prompted for, or read from standard input",
          "(one line) when there is no terminal: echo \"$PASSWORD\" | phasezero admin create-user ..."})
  static class CreateUser implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--username", required = true, description = "Sign-in name: lower-case letters, digits, . _ -")
    String username;

    @Option(names = "--role", required = true,
        description = "coordinator, site-lead, statutory-partner, researcher or peer-researcher")
    String role;

    @Option(names = "--name", description = "The person's name as shown in the header")
    String displayName;

    @Option(names = "--organisation", description = "For a site lead: the id of the organisation they lead")
    Long organisationId;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
      Role r = Role.fromSlug(role);
      String password = readPassword();
      Account account;
      try {
        account = SpringTask.run(database.properties(), context ->
            context.getBean(Accounts.class).create(username, displayName, r, organisationId, password));
      } catch (Conflict e) {
        throw new CliFailure(e.getMessage());
      }
      spec.commandLine().getOut().println("Created account '" + account.username() + "' with role " + r.slug() + ".");
      return 0;
    }

    private String readPassword() {
      Console console = System.console();
      if (console != null) {
        char[] first = console.readPassword("Password for %s (at least %d characters): ", username, Accounts.MIN_PASSWORD_LENGTH);
        char[] again = console.readPassword("Repeat the password: ");
        if (first == null || again == null || !new String(first).equals(new String(again))) {
          throw new CliFailure("the two passwords differ");
        }
        return new String(first);
      }
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new CliFailure("no password given on standard input");
        }
        return line;
      } catch (IOException e) {
        throw new CliFailure("could not read the password from standard input: " + e.getMessage());
      }
    }
  }
}
