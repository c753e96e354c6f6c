package org.phasezero.socialcapital;

import java.util.LinkedHashMap;
import java.util.Map;
import org.phasezero.shared.AuditedAction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** Downloads of a network (GEXF, GraphML, CSV) as the viewer sees it, each recorded in the audit trail. */
@Service
public class NetworkDownloads {

  /** The formats offered. */
  public enum Format { GEXF, GRAPHML, CSV_NODES, CSV_EDGES }

  private final NetworkAnalyses analyses;
  private final NetworkReports reports;
  private final NetworkWords words;
  private final ApplicationEventPublisher events;

  NetworkDownloads(NetworkAnalyses analyses, NetworkReports reports, NetworkWords words,
      ApplicationEventPublisher events) {
    this.analyses = analyses;
    this.reports = reports;
    this.words = words;
    this.events = events;
  }

  public ResponseEntity<byte[]> download(NetworkQuery q, Format format) {
    NetworkViewer.View view = reports.view(analyses.of(q));
    if (view.mode() == NetworkViewer.Mode.FIGURES) {
      throw new org.phasezero.shared.Forbidden("Your role sees network-level figures only, not the people in the network.");
    }
    java.util.function.Function<Integer, String> label = v -> words.label(view, v);
    byte[] body = switch (format) {
      case GEXF -> NetworkExports.gexf(view, label);
      case GRAPHML -> NetworkExports.graphml(view, label);
      case CSV_NODES -> NetworkExports.csv(view, label, true);
      case CSV_EDGES -> NetworkExports.csv(view, label, false);
    };
    // Named for what was chosen, so that several downloads of one day do not overwrite each other.
    String name = "network-" + (q.partnershipId() == null ? "" : "partnership-" + q.partnershipId() + "-")
        + q.nodes().slug() + "-" + q.from() + "-to-" + q.to() + switch (format) {
      case GEXF -> ".gexf";
      case GRAPHML -> ".graphml";
      case CSV_NODES -> "-nodes.csv";
      case CSV_EDGES -> "-edges.csv";
    };
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("format", format.name());
    what.put("query", q.parameters());
    what.put("bytes", body.length);
    String inWords = switch (format) {
      case GEXF -> "GEXF (Gephi)";
      case GRAPHML -> "GraphML";
      case CSV_NODES -> "a CSV of its people and organisations";
      case CSV_EDGES -> "a CSV of its ties";
    };
    events.publishEvent(new AuditedAction("EXPORT", "network", "social-capital", "Social network exported as "
        + inWords + " (" + q.queryString() + ")", null, what));
    MediaType type = switch (format) {
      case GEXF, GRAPHML -> MediaType.APPLICATION_XML;
      default -> new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    };
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
