package org.socialmission.metrics.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) on a port of its own, which an instance of the
 * application delivers to; it can be stopped and started again on the same port to stand for an
 * outage.
 */
public final class TestMail implements AutoCloseable {

  private static final Pattern LINK = Pattern.compile("https?://\\S+token=[A-Za-z0-9_-]+");

  private final int port;
  private GreenMail server;

  public TestMail(int port) {
    this.port = port;
    start();
  }

  public int port() {
    return port;
  }

  /** Starts (again) accepting mail. */
  public void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** Stops accepting mail, as an SMTP server that is down; what it received is forgotten. */
  public void stop() {
    server.stop();
  }

  /** The mails received for the recipient so far. */
  public List<Message> to(String recipient) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> recipients(m).contains(recipient))
        .map(Message.class::cast)
        .toList();
  }

  /** Waits for the n-th mail to the recipient (1 for the first) and returns it. */
  public Message await(String recipient, int nth, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<Message> mails = to(recipient);
      if (mails.size() >= nth) {
        return mails.get(nth - 1);
      }
      Instance.pause(Duration.ofMillis(200));
    }
    throw new AssertionError("No mail number " + nth + " to " + recipient + " within " + timeout);
  }

  /** The text of a mail. */
  public static String body(Message mail) {
    return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
  }

  /** The password link in a mail. */
  public static String link(Message mail) {
    Matcher link = LINK.matcher(body(mail).replace("=3D", "="));
    if (!link.find()) {
      throw new AssertionError("No link in: " + body(mail));
    }
    return link.group();
  }

  private static String recipients(Message mail) {
    try {
      return Arrays.toString(mail.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
