package org.barometer.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.barometer.app.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The default install as a small council runs it: the jar on its embedded PostgreSQL. Killed in the
 * middle of a burst of writes, together with its database, it loses none that it had acknowledged,
 * and it starts again at the first attempt; killed alone, leaving its database running, it starts
 * again at the first attempt too.
 */
class EmbeddedDatabaseCrashIT {

  private static final String ADMIN_PASSWORD = "crash-test-Barometer-2017";

  @RegisterExtension final Barometers barometers = new Barometers("crash-it", ADMIN_PASSWORD);

  private final Path data = barometers.work.resolve("postgres");

  @Test
  void keepsEveryAcknowledgedWriteAndRestartsAtOnceAfterAKill() throws Exception {
    RunningBarometer first = start("first");
    assertTheDatabaseIsDurableAndLocked();
    String token = first.issueToken(ADMIN_PASSWORD);

    Set<String> acknowledged = burstOfNewPeopleKilledMidway(first, token);
    RunningBarometer second = start("after-kill-of-both");

    assertThat(second.usernames(token)).containsAll(acknowledged);

    second.killApplication();
    assertThat(serverProcess()).as("the database left running by the killed Barometer").isPresent();
    RunningBarometer third = start("after-kill-of-the-application");

    assertThat(third.usernames(token)).containsAll(acknowledged);
  }

  private RunningBarometer start(String name) throws Exception {
    return barometers.start(name, data);
  }

  private void assertTheDatabaseIsDurableAndLocked() throws Exception {
    String password = Files.readString(data.resolve(ServerPassword.FILE)).strip();
    assertThat(Files.getPosixFilePermissions(data.resolve(ServerPassword.FILE)))
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    try (Connection connection = DriverManager.getConnection(url(), "postgres", password);
        Statement statement = connection.createStatement()) {
      assertThat(setting(statement, "fsync")).isEqualTo("on");
      assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
      assertThat(setting(statement, "listen_addresses")).isEqualTo("localhost");
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url(), "postgres", "").close())
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(url(), "postgres", "postgres").close())
        .isInstanceOf(SQLException.class);
  }

  /**
   * Four clients add people as fast as they can; once 40 are acknowledged, the database and the
   * application are killed with SIGKILL while requests are in flight.
   */
  private Set<String> burstOfNewPeopleKilledMidway(RunningBarometer barometer, String token)
      throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    for (int client = 0; client < 4; client++) {
      int c = client;
      clients.submit(
          () -> {
            ApiClient api = new ApiClient(barometer.port, token);
            for (int i = 0; !killed.get(); i++) {
              String username = "crash-" + c + "-" + i;
              try {
                HttpResponse<String> added =
                    api.send(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"username\":\"%s\",\"displayName\":\"Crash %d %d\",\"roles\":[\"DATA_OWNER\"]}"
                            .formatted(username, c, i));
                if (added.statusCode() == 201) {
                  acknowledged.add(username);
                }
              } catch (RuntimeException refusedOrCut) {
                // the server went away mid-request: not acknowledged
              }
            }
          });
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Optional<ProcessHandle> server = serverProcess();
    assertThat(server).isPresent();
    server.get().descendants().forEach(ProcessHandle::destroyForcibly);
    server.get().destroyForcibly();
    barometer.killApplication();
    killed.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    server.get().onExit().get(1, TimeUnit.MINUTES);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
    return Set.copyOf(acknowledged);
  }

  private Optional<ProcessHandle> serverProcess() throws Exception {
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }

  private String url() throws Exception {
    String port = Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip();
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  private static String setting(Statement statement, String name) throws SQLException {
    try (ResultSet result = statement.executeQuery("show " + name)) {
      result.next();
      return result.getString(1);
    }
  }
}
