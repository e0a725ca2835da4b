package org.socialmission.metrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of the application as operators run it: {@code java -jar target/smm.jar} in its own
 * process, configured only by environment variables. Its output goes to {@code
 * target/instances/<name>.log}; {@link #kill()} ends it the hard way ({@code kill -9}).
 */
public final class Instance implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;

  private Instance(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** A free TCP port on this machine, for HTTP or the cluster. */
  public static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts an instance without waiting for it.
   *
   * @param port its HTTP port
   * @param environment the SMM_* variables besides SMM_HTTP_PORT
   */
  public static Instance start(String name, int port, Map<String, String> environment) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "instances", name);
    try {
      Files.createDirectories(dir);
      var builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx640m",
                      "-Djava.io.tmpdir=" + dir,
                      "-jar",
                      System.getProperty("smm.jar", "target/smm.jar")))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolveSibling(name + ".log").toFile());
      Map<String, String> env = new HashMap<>(environment);
      env.put("SMM_HTTP_PORT", Integer.toString(port));
      builder.environment().putAll(env);
      return new Instance(name, port, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application's base URL, ending with a slash. */
  public URL url() {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The status of {@code /health/ready}, or 0 while nothing answers. */
  public int readiness() {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(url() + "health/ready"))
              .timeout(Duration.ofSeconds(5))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** Waits until the instance is ready; fails with the end of its log if it dies or takes long. */
  public Instance awaitReady() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (readiness() != 200) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " did not become ready:\n" + logTail());
      }
      pause(Duration.ofSeconds(1));
    }
    return this;
  }

  /** The last lines of the instance's output, for failure messages. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log());
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The instance's whole output so far. */
  public String logText() {
    try {
      return Files.readString(log());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path log() {
    return Path.of(System.getProperty("java.io.tmpdir"), "instances", name + ".log");
  }

  /** Ends the process at once, as a crash would. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    kill();
  }

  @Override
  public String toString() {
    return name + " on " + url();
  }
}
