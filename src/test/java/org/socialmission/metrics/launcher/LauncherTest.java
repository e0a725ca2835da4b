package org.socialmission.metrics.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherTest {

  @Test
  void theDataGridReportsNoUsageUnlessTheOperatorWantsIt() {
    Properties unset = new Properties();
    Launcher.noPhoneHome(unset);
    assertEquals("false", unset.getProperty(Launcher.HAZELCAST_PHONE_HOME));

    Properties operator = new Properties();
    operator.setProperty(Launcher.HAZELCAST_PHONE_HOME, "true");
    Launcher.noPhoneHome(operator);
    assertEquals("true", operator.getProperty(Launcher.HAZELCAST_PHONE_HOME));
  }

  @Test
  void aSingleInstanceStartsNoDataGrid() {
    assertEquals(List.of("--port", "8080", "--nohazelcast"), Launcher.options(Map.of()));
  }

  @Test
  void aSingleInstanceKeepsSessionsInMemoryAndAClusterReplicatesThem() {
    assertEquals(
        List.of(Launcher.MEMORY_SESSIONS), Launcher.postBootCommands(Launcher.options(Map.of())));
    assertEquals(
        List.of(),
        Launcher.postBootCommands(
            Launcher.options(Map.of("SMM_CLUSTER_MEMBERS", "10.0.0.1:5900,10.0.0.2:5900"))));
  }

  @Test
  void membersOnThisMachineListenOnLoopbackOnly() {
    assertEquals(
        List.of(
            "--port",
            "9000",
            "--clustermode",
            "tcpip:127.0.0.1:5901,localhost:5902",
            "--clustername",
            "smm",
            "--startport",
            "5901",
            "--interfaces",
            "127.0.0.1"),
        Launcher.options(
            Map.of(
                "SMM_HTTP_PORT", "9000",
                "SMM_CLUSTER_MEMBERS", "127.0.0.1:5901, localhost:5902",
                "SMM_CLUSTER_PORT", "5901")));
  }

  @Test
  void membersOnSeveralHostsLetHazelcastPickUnlessTold() {
    var members = Map.of("SMM_CLUSTER_MEMBERS", "10.0.0.11:5900,10.0.0.12:5900");
    assertEquals(
        List.of(
            "--port",
            "8080",
            "--clustermode",
            "tcpip:10.0.0.11:5900,10.0.0.12:5900",
            "--clustername",
            "smm",
            "--startport",
            "5900"),
        Launcher.options(members));
    var told =
        Map.of(
            "SMM_CLUSTER_MEMBERS",
            "10.0.0.11:5900,10.0.0.12:5900",
            "SMM_CLUSTER_INTERFACES",
            "10.0.0.*");
    List<String> options = Launcher.options(told);
    assertEquals(List.of("--interfaces", "10.0.0.*"), options.subList(8, 10));
  }

  @Test
  void aPortThatIsNoPortIsRefusedByName() {
    var error =
        assertThrows(
            IllegalArgumentException.class, () -> Launcher.options(Map.of("SMM_HTTP_PORT", "80a")));
    assertEquals(
        "SMM_HTTP_PORT must be a port number from 1 to 65535, not '80a'", error.getMessage());
  }

  @Test
  void requestsServedAtOnceFollowTheProcessorsUnlessTold() {
    assertEquals(16, Launcher.httpThreads(Map.of(), 2));
    assertEquals(64, Launcher.httpThreads(Map.of(), 16));
    assertEquals(40, Launcher.httpThreads(Map.of("SMM_HTTP_THREADS", " 40 "), 2));
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Launcher.httpThreads(Map.of("SMM_HTTP_THREADS", "many"), 2));
    assertEquals(
        "SMM_HTTP_THREADS must be a number of threads from 2 to 10000, not 'many'",
        error.getMessage());
  }
}
