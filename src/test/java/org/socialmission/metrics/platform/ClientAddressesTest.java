package org.socialmission.metrics.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which address the throttle counts: the peer, or behind trusted proxies the forwarded client. */
class ClientAddressesTest {

  private static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
    assertEquals(
        "203.0.113.9", ClientAddresses.resolve("203.0.113.9", List.of("198.51.100.1"), Set.of()));
  }

  @Test
  void anUntrustedPeerCannotClaimAnotherAddress() {
    assertEquals(
        "203.0.113.9", ClientAddresses.resolve("203.0.113.9", List.of("198.51.100.1"), PROXY));
  }

  @Test
  void behindATrustedProxyTheRightmostUntrustedForwardedAddressCounts() {
    assertEquals(
        "198.51.100.1",
        ClientAddresses.resolve("10.0.0.5", List.of("6.6.6.6, 198.51.100.1"), PROXY),
        "the client may put anything leftmost; the proxy appends what it saw");
    assertEquals(
        "198.51.100.1",
        ClientAddresses.resolve(
            "10.0.0.5", List.of("198.51.100.1", "10.0.0.6"), Set.of("10.0.0.5", "10.0.0.6")),
        "a chain of trusted proxies, over two headers");
  }

  @Test
  void garbageInTheHeaderLeavesTheLastGoodAddress() {
    assertEquals("10.0.0.5", ClientAddresses.resolve("10.0.0.5", List.of("evil.example"), PROXY));
    assertEquals("10.0.0.5", ClientAddresses.resolve("10.0.0.5", List.of(), PROXY));
  }

  @Test
  void oneSpellingPerAddressAndNoNameLookups() {
    assertEquals(Optional.of("0:0:0:0:0:0:0:1"), ClientAddresses.canonical("::1"));
    assertEquals(Optional.of("0:0:0:0:0:0:0:1"), ClientAddresses.canonical("[::1]"));
    assertEquals(Optional.of("127.0.0.1"), ClientAddresses.canonical(" 127.0.0.1 "));
    assertEquals(Optional.empty(), ClientAddresses.canonical("localhost"));
    assertEquals(Optional.empty(), ClientAddresses.canonical("unknown"));
    assertEquals(
        "0:0:0:0:0:0:0:1",
        ClientAddresses.resolve("0:0:0:0:0:0:0:1", List.of("203.0.113.7"), Set.of()),
        "IPv6 peers are named the same way as configured ones");
  }
}
