package org.phasezero.cli.network;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phasezero.cli.CliFailure;

/**
 * Reads a node attribute CSV: one row per node, an id column and the partition column (e.g. side:
 * community / statutory / independent). Nodes listed here but absent from the edge list become
 * isolates; every node of the edge list must be listed (checked by the caller).
 */
final class NodeGroupsFile {

  private NodeGroupsFile() {}

  /** Node id → group, in file order. */
  static Map<String, String> read(Path file, String idColumn, String partitionColumn) {
    Map<String, String> groups = new LinkedHashMap<>();
    long rows = CsvRows.read(file, idColumn + "," + partitionColumn, header -> {
      int id = header.column(idColumn);
      int group = header.column(partitionColumn);
      return (line, row) -> {
        String node = CsvRows.cell(file, line, row, id, idColumn);
        String value = CsvRows.cell(file, line, row, group, partitionColumn);
        if (groups.put(node, value) != null) {
          throw CliFailure.at(file, line, "node " + node + " is listed twice");
        }
      };
    });
    if (rows == 0) {
      throw CliFailure.in(file, "no nodes (only a header row)");
    }
    return groups;
  }
}
