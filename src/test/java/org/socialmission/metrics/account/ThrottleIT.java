package org.socialmission.metrics.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialmission.metrics.testing.Api;
import org.socialmission.metrics.testing.PageSession;
import org.socialmission.metrics.testing.Parallel;
import org.socialmission.metrics.testing.TestSchool;

/**
 * The sign-in throttle as a guesser meets it: it stops guessing, even in parallel, without handing
 * the guesser a way to lock the owner out, and without telling locked accounts from unknown ones.
 * The test deployment trusts its loopback address as a proxy, so {@code X-Forwarded-For} stands for
 * clients at other addresses (random private addresses, fresh ones per test).
 */
@ExtendWith(ArquillianExtension.class)
class ThrottleIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @ArquillianResource private URL base;

  @Test
  void parallelWrongGuessesAllCountAndStopTheGuesserButNotTheOwnerElsewhere() {
    var api = new Api(loopback());
    var member = TestSchool.create(api, "medicine").member();
    String guesser = address();
    List<HttpResponse<String>> guesses =
        Parallel.run(40, i -> () -> me(api, member.email(), "guess-" + i, guesser));
    assertEquals(Map.of(401, 40L), Parallel.statuses(guesses), "every guess refused, none 500");
    assertEquals(
        401,
        me(api, member.email(), member.password(), guesser).statusCode(),
        "40 failures in a row: the guesser's next attempts are refused, even the right password");
    pause(Duration.ofSeconds(5));
    assertEquals(
        401,
        me(api, member.email(), member.password(), guesser).statusCode(),
        "still refused: far more than the 4 failures of a 2 s lock were counted");
    assertEquals(
        200,
        me(api, member.email(), member.password(), address()).statusCode(),
        "the owner, signing in from another address, still gets in");
  }

  @Test
  void aGuesserTryingManyAccountsIsStoppedByItsAddress() {
    var api = new Api(loopback());
    var member = TestSchool.create(api, "nursing").member();
    String sprayer = address();
    for (int i = 0; i < 31; i++) {
      assertEquals(401, me(api, "nobody-" + i + "@example.edu", "guess", sprayer).statusCode());
    }
    assertEquals(401, me(api, member.email(), member.password(), sprayer).statusCode());
    assertEquals(200, me(api, member.email(), member.password(), address()).statusCode());
  }

  @Test
  void aSuccessfulSignInForgetsThatClientsFailures() {
    var api = new Api(loopback());
    var member = TestSchool.create(api, "dentistry").member();
    String typist = address();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 3; i++) {
        assertEquals(401, me(api, member.email(), "typo-" + i, typist).statusCode());
      }
      assertEquals(200, me(api, member.email(), member.password(), typist).statusCode());
    }
  }

  /**
   * Timing, checked as an adversary would, with a generous factor: the median of several attempts
   * on an account locked for this client is no faster than on an email without an account. By
   * construction both spend one password hash verification (50 ms or so), which this would show.
   */
  @Test
  void noResponseTimeTellsALockedAccountFromAnUnknownOne() {
    var api = new Api(loopback());
    var member = TestSchool.create(api, "medicine").member();
    String client = address();
    for (int i = 0; i < 6; i++) {
      me(api, member.email(), "guess-" + i, client);
    }
    String unknown = "nobody-" + RANDOM.nextInt(1_000_000) + "@med.example.edu";
    me(api, unknown, "warm-up", address());
    List<Long> locked = new ArrayList<>();
    List<Long> absent = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      locked.add(timed(() -> me(api, member.email(), member.password(), client)));
      absent.add(timed(() -> me(api, unknown, "whatever", address())));
    }
    long lockedMedian = median(locked);
    long absentMedian = median(absent);
    assertTrue(
        lockedMedian * 3 >= absentMedian && absentMedian * 3 >= lockedMedian,
        "locked " + locked + " ms vs. unknown " + absent + " ms");
  }

  @Test
  void theAuditLogRecordsALockout() {
    var api = new Api(loopback());
    var member = TestSchool.create(api, "nursing").member();
    String guesser = address();
    for (int i = 0; i < 4; i++) {
      assertEquals(401, me(api, member.email(), "guess-" + i, guesser).statusCode());
    }
    var staff = new PageSession(loopback());
    assertEquals(
        302, staff.signIn(TestSchool.STAFF.email(), TestSchool.STAFF.password()).statusCode());
    var audit = staff.get("staff/audit.xhtml?q=" + member.email());
    assertEquals(200, audit.statusCode());
    assertTrue(audit.body().contains("sign-in.lock"), audit.body());
    assertTrue(audit.body().contains(guesser), "names the address the guesses came from");
  }

  /** The app's address on loopback, where {@code X-Forwarded-For} is trusted. */
  private URL loopback() {
    try {
      return new URL("http", "127.0.0.1", base.getPort(), base.getFile());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> me(Api api, String email, String password, String client) {
    String pair = email + ":" + password;
    HttpRequest request =
        api.anonymous("api/me")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
            .header("X-Forwarded-For", client)
            .GET()
            .build();
    return api.send(request);
  }

  /** A private address that no other test uses (one in 16 million). */
  private static String address() {
    return "10."
        + RANDOM.nextInt(256)
        + "."
        + RANDOM.nextInt(256)
        + "."
        + (RANDOM.nextInt(254) + 1);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long timed(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
