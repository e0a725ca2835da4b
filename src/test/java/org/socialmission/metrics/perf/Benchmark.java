package org.socialmission.metrics.perf;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialmission.metrics.questionnaire.Modality;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The load driver of the benchmark ({@code src/test/sh/benchmark.sh}, README "Performance"). Two
 * commands:
 *
 * <ul>
 *   <li>{@code setup <base> <users> <file>}: imports one school per user (not submitted, so its
 *       dean can save answers) and a dean for each through the staff API; writes {@code
 *       email,password,code} lines.
 *   <li>{@code measure <base> <cycle> <users file> <seconds> <report file>}: measures each figure
 *       beside its floor in one run, interleaved so that a busy machine slows both alike, and
 *       prints the table. Sequential figures are medians over many requests of one signed-in
 *       session (browser form sign-in; the API accepts the session for reading). Concurrent
 *       figures: every user a thread with its own session signed in through the form, no think
 *       time, while anonymous visitors (a tenth as many) load the landing page, the floor; an error
 *       is any status other than 2xx/3xx, an error page, or an ajax error.
 * </ul>
 *
 * Figures measured by the script (import, start-up, heap) come in as system properties {@code
 * bench.*} and are printed in the same table.
 */
public final class Benchmark {

  private static final Pattern AJAX =
      Pattern.compile(
          "PrimeFaces\\.ab\\(\\{s:\"([^\"]+:yesno)\",e:\"valueChange\",f:\"wizard\",p:\"([^\"]+)\","
              + "u:\"([^\"]+)\"");

  private record User(String email, String password, String code) {}

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "setup" -> setup(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
      case "measure" ->
          measure(
              args[1],
              Integer.parseInt(args[2]),
              Path.of(args[3]),
              Integer.parseInt(args[4]),
              Path.of(args[5]));
      default -> throw new IllegalArgumentException("setup or measure");
    }
  }

  private static void setup(String base, int users, Path file) throws Exception {
    Api api = new Api(new URL(base + "/"));
    String[] disciplines = {"medicine", "nursing", "dentistry"};
    List<String> codes = new ArrayList<>();
    StringBuilder csv = new StringBuilder("code,name,discipline,ownership,region,enrollment\n");
    for (int i = 0; i < users; i++) {
      String discipline = disciplines[i % 3];
      String code = TestSchool.uniqueCode(discipline);
      codes.add(code);
      csv.append(String.join(",", code, "Load " + code, discipline, "public", "south", "300"))
          .append('\n');
    }
    var imported = api.postCsv("api/import/schools", TestSchool.STAFF, csv.toString());
    if (imported.statusCode() != 200) {
      throw new IllegalStateException(imported.body());
    }
    // One at a time: every Basic request records a sign-in on the staff account.
    String[] lines = new String[users];
    for (int at = 0; at < users; at++) {
      String code = codes.get(at);
      String email = "dean@" + code.toLowerCase(Locale.ROOT) + ".load.example.edu";
      String body =
          String.format(
              "{\"email\":\"%s\",\"name\":\"Dean %s\",\"role\":\"DEAN\",\"school\":\"%s\"}",
              email, code, code);
      var created =
          api.post("api/accounts", TestSchool.STAFF.email(), TestSchool.STAFF.password(), body);
      if (created.statusCode() != 201) {
        throw new IllegalStateException(created.statusCode() + " " + created.body());
      }
      // A new account replaces its temporary password before anything else, as people must.
      var dean =
          TestSchool.ownPassword(
              api, email, "Dean " + code, Api.json(created).getString("temporaryPassword"));
      lines[at] = email + "," + dean.password() + "," + code;
    }
    Files.write(file, List.of(lines));
  }

  private static void measure(String base, int cycle, Path usersFile, int seconds, Path report)
      throws Exception {
    List<User> users =
        Files.readAllLines(usersFile).stream()
            .map(l -> l.split(","))
            .map(p -> new User(p[0], p[1], p[2]))
            .toList();
    URL url = new URL(base + "/");
    User dean = users.get(0);
    PageSession deanSession = signedIn(url, dean.email(), dean.password());
    PageSession staff = signedIn(url, TestSchool.STAFF.email(), TestSchool.STAFF.password());
    Map<String, Latencies> figures = new LinkedHashMap<>();
    if (Boolean.getBoolean("bench.concurrentOnly")) {
      // For profiling and comparing the concurrent figures alone.
      concurrent(url, "landing page", users, 0, seconds / 2, figures, Benchmark::landing);
      concurrent(url, "mixed", users, visitors(users), seconds, figures, Benchmark::mixed);
      print(figures);
      return;
    }
    sequential(deanSession, staff, dean, cycle, figures);
    if (Boolean.getBoolean("bench.sequentialOnly")) {
      // For profiling and comparing the sequential figures alone.
      print(figures);
      return;
    }
    workbook(deanSession, dean, cycle, figures);
    concurrent(url, "landing page", users, 0, seconds / 2, figures, Benchmark::landing);
    concurrent(url, "mixed", users, visitors(users), seconds, figures, Benchmark::mixed);
    String table = table(figures);
    System.out.println(table);
    Files.writeString(report, table);
  }

  private static void print(Map<String, Latencies> figures) {
    figures.forEach(
        (k, v) ->
            System.out.printf(
                Locale.ROOT,
                "%s: %d, errors %d, p50 %.2f, p99 %.1f%n",
                k,
                v.count(),
                v.errors(),
                v.percentile(50),
                v.percentile(99)));
  }

  // -- sequential: each figure beside the static floor, round robin --

  private static void sequential(
      PageSession dean, PageSession staff, User user, int cycle, Map<String, Latencies> figures) {
    Map<String, Runnable> requests = new LinkedHashMap<>();
    Latencies floor = figures.computeIfAbsent("static resource", k -> new Latencies());
    Latencies results = figures.computeIfAbsent("results page", k -> new Latencies());
    Latencies json = figures.computeIfAbsent("benchmark JSON", k -> new Latencies());
    Latencies dashboard = figures.computeIfAbsent("dashboard", k -> new Latencies());
    requests.put("static", () -> timed(floor, () -> dean.get("resources/css/app.css"), ok()));
    requests.put(
        "results", () -> timed(results, () -> dean.get("assessment/results.xhtml"), page()));
    requests.put(
        "json",
        () ->
            timed(
                json, () -> dean.get("api/schools/" + user.code() + "/benchmarks/" + cycle), ok()));
    requests.put(
        "dashboard", () -> timed(dashboard, () -> staff.get("staff/dashboard.xhtml"), page()));
    for (int i = 0; i < 30; i++) {
      requests.values().forEach(Runnable::run);
    }
    figures.values().forEach(l -> l.reset());
    for (int i = 0; i < 300; i++) {
      requests.values().forEach(Runnable::run);
    }
  }

  private static void workbook(
      PageSession dean, User user, int cycle, Map<String, Latencies> figures) throws IOException {
    String path = "api/schools/" + user.code() + "/benchmarks/" + cycle + ".xlsx";
    byte[] first = dean.download(path);
    PoiFloor floor = new PoiFloor(first);
    Latencies app = figures.computeIfAbsent("benchmark workbook", k -> new Latencies());
    Latencies poi = figures.computeIfAbsent("POI floor (same cells)", k -> new Latencies());
    for (int i = 0; i < 5; i++) {
      dean.download(path);
      floor.write();
    }
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      byte[] got = dean.download(path);
      app.add(System.nanoTime() - start);
      if (got.length == 0) {
        app.error();
      }
      poi.add(floor.write());
    }
    System.out.printf(
        Locale.ROOT,
        "workbook: %d sheets, %d cells, %d bytes%n",
        floor.sheets(),
        floor.cells(),
        first.length);
  }

  // -- concurrent: every user its own session, no think time --

  @FunctionalInterface
  private interface Work {
    void run(PageSession session, User user, Map<String, Latencies> figures, Random random);
  }

  /**
   * How many anonymous visitors load the landing page while the users work: the floor of the
   * concurrent figures, measured under the same load as they are (a tenth of the users, so that
   * they add little load of their own).
   */
  private static int visitors(List<User> users) {
    return Math.max(1, users.size() / 10);
  }

  /**
   * Runs {@code work} for every user, each a thread with its own session, and {@code visitors} more
   * threads loading the landing page anonymously, for {@code seconds}.
   */
  private static void concurrent(
      URL url,
      String name,
      List<User> users,
      int visitors,
      int seconds,
      Map<String, Latencies> figures,
      Work work)
      throws InterruptedException {
    int threads = users.size() + visitors;
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch done = new CountDownLatch(threads);
    long[] end = new long[1];
    Latencies signIn = new Latencies();
    Latencies visited = latencies(figures, "landing page, same load");
    for (int v = 0; v < visitors; v++) {
      new Thread(
              () -> {
                PageSession session = new PageSession(url);
                ready.countDown();
                try {
                  ready.await();
                  while (System.nanoTime() < end[0]) {
                    timed(visited, () -> session.get(""), page());
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    for (User user : users) {
      new Thread(
              () -> {
                PageSession session = new PageSession(url);
                if (!name.equals("landing page")) {
                  long start = System.nanoTime();
                  var signedIn = session.signIn(user.email(), user.password());
                  signIn.add(System.nanoTime() - start);
                  if (signedIn.statusCode() != 302) {
                    signIn.error();
                  }
                }
                ready.countDown();
                try {
                  ready.await();
                  Random random = ThreadLocalRandom.current();
                  while (System.nanoTime() < end[0]) {
                    work.run(session, user, figures, random);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  figures.get("errors (" + name + ")").error();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    figures.computeIfAbsent("errors (" + name + ")", k -> new Latencies());
    if (!name.equals("landing page")) {
      figures.put("sign-in (" + users.size() + " users)", signIn);
    }
    end[0] = System.nanoTime() + Duration.ofHours(1).toNanos();
    ready.await();
    end[0] = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    done.await();
  }

  private static void landing(
      PageSession session, User user, Map<String, Latencies> figures, Random random) {
    timed(latencies(figures, "landing page, alone"), () -> session.get(""), page());
  }

  private static void mixed(
      PageSession session, User user, Map<String, Latencies> figures, Random random) {
    int pick = random.nextInt(10);
    if (pick < 5) {
      String step = Modality.IDS.get(random.nextInt(Modality.IDS.size()));
      timed(
          latencies(figures, "wizard page, concurrent"),
          () -> session.get("assessment/wizard.xhtml?step=" + step),
          page());
    } else if (pick < 8) {
      save(session, figures, random);
    } else {
      timed(
          latencies(figures, "results page, concurrent"),
          () -> session.get("assessment/results.xhtml"),
          page());
    }
  }

  /** Opens a wizard step and answers one yes/no question by ajax, as PrimeFaces' script does. */
  private static void save(PageSession session, Map<String, Latencies> figures, Random random) {
    Latencies saves = latencies(figures, "answer save, concurrent");
    HttpResponse<String> page = session.get("assessment/wizard.xhtml?step=mission");
    Matcher ajax = AJAX.matcher(page.body());
    if (page.statusCode() != 200 || !ajax.find()) {
      saves.error();
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", ajax.group(1));
    fields.put("jakarta.faces.partial.execute", ajax.group(2));
    fields.put("jakarta.faces.partial.render", ajax.group(3).replace(',', ' '));
    fields.put("jakarta.faces.behavior.event", "valueChange");
    fields.put("jakarta.faces.partial.event", "change");
    fields.put("wizard", "wizard");
    fields.put(ajax.group(1), random.nextBoolean() ? "yes" : "no");
    timed(
        saves,
        () -> session.postAjax("assessment/wizard.xhtml", page, fields),
        r ->
            r.statusCode() == 200 && !r.body().contains("<error>") && r.body().contains("<update"));
  }

  private static Latencies latencies(Map<String, Latencies> figures, String name) {
    synchronized (figures) {
      return figures.computeIfAbsent(name, k -> new Latencies());
    }
  }

  // -- helpers --

  private static PageSession signedIn(URL url, String email, String password) {
    PageSession session = new PageSession(url);
    var response = session.signIn(email, password);
    if (response.statusCode() != 302) {
      throw new IllegalStateException("sign-in of " + email + " failed: " + response.statusCode());
    }
    return session;
  }

  private static Predicate<HttpResponse<String>> ok() {
    return r -> r.statusCode() / 100 == 2 || r.statusCode() / 100 == 3;
  }

  /** A page that is not an error page (the error pages have an {@code errorTitle}). */
  private static Predicate<HttpResponse<String>> page() {
    return r -> ok().test(r) && !r.body().contains("id=\"errorTitle\"");
  }

  private static void timed(
      Latencies latencies,
      java.util.function.Supplier<HttpResponse<String>> request,
      Predicate<HttpResponse<String>> good) {
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = request.get();
    } catch (RuntimeException e) {
      latencies.error();
      return;
    }
    latencies.add(System.nanoTime() - start);
    if (!good.test(response)) {
      latencies.error();
    }
  }

  // -- the table --

  private static String table(Map<String, Latencies> f) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "| figure | value | floor | floor value | ratio | target"
                + " |%n|---|---|---|---|---|---|%n"));
    double staticP50 = f.get("static resource").percentile(50);
    row(
        out,
        "results page p50 (sequential)",
        f.get("results page").percentile(50),
        "static resource p50",
        staticP50,
        "≤ 5");
    row(
        out,
        "benchmark JSON p50 (sequential)",
        f.get("benchmark JSON").percentile(50),
        "static resource p50",
        staticP50,
        "≤ 5");
    row(
        out,
        "dashboard p50 (sequential)",
        f.get("dashboard").percentile(50),
        "static resource p50",
        staticP50,
        "≤ 5");
    row(
        out,
        "benchmark workbook p50",
        f.get("benchmark workbook").percentile(50),
        "POI SXSSF, same cells, p50",
        f.get("POI floor (same cells)").percentile(50),
        "≤ 2");
    double landing = f.get("landing page, same load").percentile(99);
    double wizard = f.get("wizard page, concurrent").percentile(99);
    row(
        out,
        "wizard page p99 (concurrent)",
        wizard,
        "landing page p99 (same load)",
        landing,
        "≤ 5");
    row(
        out,
        "answer save p99 (concurrent)",
        f.get("answer save, concurrent").percentile(99),
        "landing page p99 (same load)",
        landing,
        "—");
    row(
        out,
        "results page p99 (concurrent)",
        f.get("results page, concurrent").percentile(99),
        "landing page p99 (same load)",
        landing,
        "—");
    // Stricter: the landing page loaded by as many clients alone, with nothing else to serve.
    row(
        out,
        "wizard page p99 (concurrent)",
        wizard,
        "landing page p99, alone (as many clients)",
        f.get("landing page, alone").percentile(99),
        "—");
    String start = System.getProperty("bench.start.app");
    String bare = System.getProperty("bench.start.bare");
    if (start != null && bare != null) {
      row(
          out,
          "start to first page (median of 3), s",
          Double.parseDouble(start),
          "bare Payara Micro, empty war, s",
          Double.parseDouble(bare),
          "≤ 1.5");
      String floor = System.getProperty("bench.start.floor");
      if (floor != null) {
        // What the fixed stack costs before any of our code, and what our code adds to it.
        row(
            out,
            "stack floor start (median of 3), s",
            Double.parseDouble(floor),
            "bare Payara Micro, empty war, s",
            Double.parseDouble(bare),
            "—");
        row(
            out,
            "start to first page (median of 3), s",
            Double.parseDouble(start),
            "stack floor, s",
            Double.parseDouble(floor),
            "—");
      }
    }
    long errors = 0;
    StringBuilder counts = new StringBuilder();
    for (var e : f.entrySet()) {
      errors += e.getValue().errors();
      if (e.getValue().count() > 0 || e.getValue().errors() > 0) {
        counts.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f |%n",
                e.getKey(),
                e.getValue().count(),
                e.getValue().errors(),
                e.getValue().percentile(50),
                e.getValue().percentile(99),
                e.getValue().mean()));
      }
    }
    out.append(String.format(Locale.ROOT, "%nErrors: %d%n%n", errors));
    for (String key :
        List.of(
            "n",
            "import.schools",
            "import.answers",
            "import.rows",
            "starts",
            "heap",
            "xmx",
            "machine",
            "database",
            "date")) {
      String value = System.getProperty("bench." + key);
      if (value != null) {
        out.append("- ").append(key).append(": ").append(value).append(System.lineSeparator());
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%n| requests | count | errors | p50 ms | p99 ms | mean ms"
                + " |%n|---|---|---|---|---|---|%n"));
    out.append(counts);
    return out.toString();
  }

  private static void row(
      StringBuilder out,
      String figure,
      double value,
      String floor,
      double floorValue,
      String target) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f | %s | %.2f | %.2f | %s |%n",
            figure,
            value,
            floor,
            floorValue,
            value / floorValue,
            target));
  }
}
