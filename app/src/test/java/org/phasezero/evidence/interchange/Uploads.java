package org.phasezero.evidence.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.phasezero.support.Api;

/** Multipart uploads of project files to the API, hostile files and an oversized upload among them. */
final class Uploads {

  private Uploads() {}

  static Api.Response importFile(int port, String token, String fileName, byte[] content, String name) {
    String boundary = "pz" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (name != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/v1/projects/import"))
          .header("Authorization", "Bearer " + token).header("Accept", "application/json")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Api.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
          r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] download(int port, String token, String path) {
    try {
      HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + ": " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Declares a 200 MB multipart upload and sends only its first bytes, as a client streaming a huge
   * file would: the answer must come before the body has been read. Returns the status line.
   */
  static String declareHugeUpload(int port, String token) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/projects/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
          + "\r\nContent-Type: multipart/form-data; boundary=huge\r\nContent-Length: " + (200L * 1024 * 1024)
          + "\r\nConnection: close\r\n\r\n--huge\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return head;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] zip(String[] names, byte[][] contents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < names.length; i++) {
        zip.putNextEntry(new ZipEntry(names[i]));
        zip.write(contents[i]);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A zip whose one entry inflates to {@code megabytes} of zeros (it compresses about 1000 to 1). */
  static byte[] bomb(int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < megabytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
