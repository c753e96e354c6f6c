package org.phasezero.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the database is: an H2 file under the data folder by default, or any JDBC URL. */
public class DatabaseOptions {

  @Option(names = "--db-url", defaultValue = "${env:PHASEZERO_DB_URL}",
      description = "JDBC URL of the database, e.g. jdbc:postgresql://localhost/phasezero (default: an H2 file under --data-dir; env PHASEZERO_DB_URL)")
  String url;

  @Option(names = "--db-user", defaultValue = "${env:PHASEZERO_DB_USER}", description = "Database user (env PHASEZERO_DB_USER)")
  String user;

  @Option(names = "--db-password", defaultValue = "${env:PHASEZERO_DB_PASSWORD}", description = "Database password (env PHASEZERO_DB_PASSWORD)")
  String password;

  @Option(names = "--data-dir", defaultValue = "${env:PHASEZERO_DATA_DIR:-./data}",
      description = "Folder for the embedded database (default: ./data; env PHASEZERO_DATA_DIR)")
  String dataDir;

  /** Spring properties for these options. */
  public Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("phasezero.data-dir", dataDir);
    if (url != null && !url.isBlank()) {
      if (!url.startsWith("jdbc:")) {
        throw new CliFailure("--db-url: expected a JDBC URL starting with 'jdbc:', e.g. jdbc:postgresql://localhost/phasezero");
      }
      p.put("spring.datasource.url", url);
      p.put("spring.datasource.username", user == null ? "" : user);
      p.put("spring.datasource.password", password == null ? "" : password);
    }
    return p;
  }
}
