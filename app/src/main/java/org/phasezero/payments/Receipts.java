package org.phasezero.payments;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.phasezero.security.CurrentUser;
import org.phasezero.shared.AuditedAction;
import org.phasezero.shared.Conflict;
import org.phasezero.shared.Keys;
import org.phasezero.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts for a claim's expenses, kept in the database with the claim (so they are backed up and
 * access-checked with it). Only PDF, PNG and JPEG files are kept, recognised by their content, up to
 * {@code phasezero.payments.receipt-max-bytes} (5 MiB unless configured). Whoever may see the claim
 * may see and add its receipts.
 */
@Service
public class Receipts {

  private final JdbcClient db;
  private final Claims claims;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final long maxBytes;

  Receipts(JdbcClient db, Claims claims, ApplicationEventPublisher events, Clock clock,
      @Value("${phasezero.payments.receipt-max-bytes:5242880}") long maxBytes) {
    this.db = db;
    this.claims = claims;
    this.events = events;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  /** A receipt's file, for download. */
  public record File(String fileName, String contentType, byte[] content) {}

  public long maxBytes() {
    return maxBytes;
  }

  @Transactional
  public Claim.Receipt add(long claimId, String fileName, byte[] content) {
    Claim claim = claims.get(claimId);
    if (claim.voided()) {
      throw new Conflict("This claim was voided, so receipts can no longer be added.");
    }
    if (content == null || content.length == 0) {
      throw new ReceiptRejected("The receipt file is empty. Choose a PDF, PNG or JPEG file.");
    }
    if (content.length > maxBytes) {
      throw new ReceiptRejected("The receipt is " + megabytes(content.length) + "; it must be " + megabytes(maxBytes)
          + " or smaller.");
    }
    ReceiptType type = ReceiptType.detect(content).orElseThrow(() -> new ReceiptRejected(
        "The receipt must be a PDF, PNG or JPEG file; '" + cleanName(fileName) + "' is none of these."));
    String name = cleanName(fileName);
    long id = Keys.insert(db.sql("""
            insert into payment_receipt (claim_id, file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(claimId, name, type.contentType(), content.length, content, CurrentUser.require().username(),
            Timestamp.from(clock.instant())));
    Claim.Receipt receipt = claims.get(claimId).receipts().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    events.publishEvent(AuditedAction.created("payment_receipt", id, "Receipt '" + name + "' added to claim " + claimId,
        Map.of("claimId", claimId, "receipt", receipt)));
    return receipt;
  }

  public File get(long claimId, long receiptId) {
    claims.get(claimId);
    return db.sql("""
            select file_name, content_type, content from payment_receipt
            where id = ? and claim_id = ? and voided_at is null""")
        .params(receiptId, claimId)
        .query((rs, i) -> new File(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
        .optional().orElseThrow(() -> new NotFound("receipt", receiptId));
  }

  /** The file's own name without any folder, control characters or quotes, at most 200 characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      name = "receipt";
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
