package org.socialmission.metrics.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Starts the application from {@code java -jar target/smm.jar}, configured by the environment
 * alone. The jar is a Payara Micro uber jar with the war inside; this class becomes its main class
 * and hands Payara Micro the options that follow from:
 *
 * <ul>
 *   <li>{@code SMM_HTTP_PORT}: the HTTP port (default 8080);
 *   <li>{@code SMM_CLUSTER_MEMBERS}: comma-separated {@code host:port} of every member of the
 *       cluster, this one included. Unset means a single instance that starts no data grid
 *       (Hazelcast: about two seconds of every start, for nothing to share), sends no multicast and
 *       keeps its sessions in memory: Payara would otherwise serialize each session after every
 *       request to replicate it, with nobody to replicate it to;
 *   <li>{@code SMM_CLUSTER_PORT}: this instance's own cluster (Hazelcast) port, default 5900;
 *   <li>{@code SMM_CLUSTER_INTERFACES}: the addresses the cluster listens on and announces
 *       (comma-separated, wildcards such as {@code 10.0.0.*} allowed). When every member is on this
 *       machine ({@code 127.0.0.1} or {@code localhost}) it defaults to {@code 127.0.0.1}, so
 *       members never announce an address of another interface that may not be reachable; otherwise
 *       Hazelcast picks one;
 *   <li>{@code SMM_HTTP_THREADS}: the most requests served at once, default four per processor and
 *       at least 16. Requests beyond it wait their turn in order. Payara's own default, 200, lets a
 *       hundred requests share two processors, so each takes as long as all of them together: a
 *       heavy page then waits many times longer than a light one, and everybody waits longer.
 * </ul>
 *
 * Everything else ({@code SMM_DB_URL}, {@code SMM_ADMIN_EMAIL}, …) is read by the application
 * through MicroProfile Config. Arguments given on the command line are passed on after ours, so an
 * operator can still add any Payara Micro option.
 */
public final class Launcher {

  private static final String PAYARA_MICRO = "fish.payara.micro.PayaraMicro";

  private Launcher() {}

  /**
   * The Payara command that keeps sessions in memory only: a single instance has no one to copy
   * them to.
   */
  static final String MEMORY_SESSIONS =
      "set configs.config.server-config.availability-service.web-container-availability"
          + ".availability-enabled=false";

  /**
   * The Hazelcast setting that stops the data grid from reporting usage to Hazelcast over HTTPS at
   * every start (which costs each start setting up TLS); an operator's own system property wins.
   */
  static final String HAZELCAST_PHONE_HOME = "hazelcast.phone.home.enabled";

  /**
   * The Payara Micro option of a single instance: no data grid at all. ({@code --nocluster} still
   * starts one, a grid of one member, and wins over this option when both are given.) Nothing of
   * ours uses the grid alone: sessions are in memory, the scheduler is a managed executor, and
   * there are no EJB timers.
   */
  static final String SINGLE = "--nohazelcast";

  public static void main(String[] args) throws ReflectiveOperationException, IOException {
    noPhoneHome(System.getProperties());
    List<String> options = new ArrayList<>(options(System.getenv()));
    options.addAll(
        List.of(
            "--maxHttpThreads",
            String.valueOf(
                httpThreads(System.getenv(), Runtime.getRuntime().availableProcessors()))));
    List<String> commands = postBootCommands(options);
    if (!commands.isEmpty()) {
      Path file = Files.createTempFile("smm-post-boot", ".txt");
      file.toFile().deleteOnExit();
      Files.write(file, commands);
      options.addAll(List.of("--postbootcommandfile", file.toString()));
    }
    options.addAll(Arrays.asList(args));
    try {
      Class.forName(PAYARA_MICRO)
          .getMethod("main", String[].class)
          .invoke(null, (Object) options.toArray(String[]::new));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Payara Micro did not start", e.getCause());
    }
  }

  /** Turns the data grid's usage reports off in these system properties, unless they say. */
  static void noPhoneHome(Properties properties) {
    properties.putIfAbsent(HAZELCAST_PHONE_HOME, "false");
  }

  /** The Payara commands to run after boot, before the deployment, with these options. */
  static List<String> postBootCommands(List<String> options) {
    return options.contains(SINGLE) ? List.of(MEMORY_SESSIONS) : List.of();
  }

  /** The Payara Micro options for these environment variables. */
  static List<String> options(Map<String, String> environment) {
    List<String> options = new ArrayList<>();
    options.add("--port");
    options.add(port(environment, "SMM_HTTP_PORT", "8080"));
    String members = environment.getOrDefault("SMM_CLUSTER_MEMBERS", "").strip();
    if (members.isEmpty()) {
      options.add(SINGLE);
    } else {
      options.addAll(
          List.of(
              "--clustermode",
              "tcpip:" + members.replace(" ", ""),
              "--clustername",
              "smm",
              "--startport",
              port(environment, "SMM_CLUSTER_PORT", "5900")));
      String interfaces = environment.getOrDefault("SMM_CLUSTER_INTERFACES", "").strip();
      if (interfaces.isEmpty() && allOnThisMachine(members)) {
        interfaces = "127.0.0.1";
      }
      if (!interfaces.isEmpty()) {
        options.add("--interfaces");
        options.add(interfaces.replace(" ", ""));
      }
    }
    return options;
  }

  /** How many requests are served at once, for this environment and number of processors. */
  static int httpThreads(Map<String, String> environment, int processors) {
    return number(
        environment,
        "SMM_HTTP_THREADS",
        2,
        10_000,
        "a number of threads",
        Math.max(16, 4 * processors));
  }

  private static boolean allOnThisMachine(String members) {
    return Arrays.stream(members.split(","))
        .map(String::strip)
        .map(member -> member.contains(":") ? member.substring(0, member.lastIndexOf(':')) : member)
        .allMatch(host -> host.equals("localhost") || host.startsWith("127."));
  }

  private static String port(Map<String, String> environment, String name, String fallback) {
    return String.valueOf(
        number(environment, name, 1, 65_535, "a port number", Integer.parseInt(fallback)));
  }

  /**
   * The whole number in the environment variable, from {@code min} to {@code max}; the fallback
   * when it is unset or blank.
   *
   * @throws IllegalArgumentException naming the variable and what it must be
   */
  private static int number(
      Map<String, String> environment, String name, int min, int max, String what, int fallback) {
    String value = environment.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be " + what + " from " + min + " to " + max + ", not '" + value + "'");
    }
  }
}
