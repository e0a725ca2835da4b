package org.socialmission.metrics.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request comes from, as the sign-in throttle counts it: the peer of
 * the connection, or, when that peer is one of the reverse proxies named in {@code
 * smm.trusted-proxies}, the address the proxies say they forwarded for ({@code X-Forwarded-For},
 * read from the right, skipping the trusted proxies). Without trusted proxies the header is
 * ignored: anyone can send it.
 */
@ApplicationScoped
public class ClientAddresses {

  /** An IP address literal (v4, or v6 possibly with an embedded v4); never a host name. */
  private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  private final Set<String> trusted;

  /**
   * @param trustedProxies comma-separated addresses of the reverse proxies in front of the
   *     application, e.g. {@code 10.0.0.5, 10.0.0.6}
   */
  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "smm.trusted-proxies") Optional<String> trustedProxies) {
    this.trusted =
        Arrays.stream(trustedProxies.orElse("").split(","))
            .map(ClientAddresses::canonical)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** For the container's client proxy only. */
  protected ClientAddresses() {
    this.trusted = Set.of();
  }

  /** The client address of a request. */
  public String of(HttpServletRequest request) {
    List<String> forwarded =
        request.getHeaders("X-Forwarded-For") == null
            ? List.of()
            : Collections.list(request.getHeaders("X-Forwarded-For"));
    return resolve(request.getRemoteAddr(), forwarded, trusted);
  }

  /**
   * The client: the peer unless it is a trusted proxy; then the rightmost forwarded address that is
   * not a trusted proxy itself. Garbage in the header ends the walk at the last good address.
   *
   * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order
   */
  static String resolve(String peer, List<String> forwardedFor, Set<String> trusted) {
    String client = canonical(peer).orElse(peer);
    if (!trusted.contains(client)) {
      return client;
    }
    List<String> hops =
        forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<String> hop = canonical(hops.get(i));
      if (hop.isEmpty()) {
        return client;
      }
      client = hop.get();
      if (!trusted.contains(client)) {
        return client;
      }
    }
    return client;
  }

  /** One spelling per address ({@code ::1} and {@code 0:0:0:0:0:0:0:1} alike); empty if no IP. */
  static Optional<String> canonical(String address) {
    String text = address == null ? "" : address.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.isEmpty() || text.length() > 45 || !LITERAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      // A literal: no name lookup happens.
      return Optional.of(InetAddress.getByName(text).getHostAddress());
    } catch (UnknownHostException | SecurityException notAnAddress) {
      return Optional.empty();
    }
  }
}
