package org.barometer.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.barometer.app.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The jar's {@code backup} and {@code restore} commands, with nothing but what Barometer carries: a
 * copy made while Barometer runs is restored into another data folder and started there, with what
 * was written before the copy and nothing written after it.
 */
class EmbeddedDatabaseBackupIT {

  private static final String ADMIN_PASSWORD = "backup-test-Barometer-2017";

  @RegisterExtension final Barometers barometers = new Barometers("backup-it", ADMIN_PASSWORD);

  private final Path work = barometers.work;

  @Test
  void aCopyMadeWhileRunningRestoresAsItWasAndARestoreKeepsWhatItReplaces() throws Exception {
    Path live = work.resolve("live");
    Path copy = work.resolve("copy");
    RunningBarometer running = start("live", live);
    String token = running.issueToken(ADMIN_PASSWORD);
    addPerson(running, token, "before.backup");

    Result online = command("backup", file("online.tar.gz"), "--data=" + live);
    addPerson(running, token, "after.backup");
    Result refused = command("restore", file("online.tar.gz"), "--data=" + live);
    running.stop();
    Result offline = command("backup", file("offline.tar.gz"), "--data=" + live);
    Result restored = command("restore", file("online.tar.gz"), "--data=" + copy);
    Result overLive = command("restore", file("offline.tar.gz"), "--data=" + live);
    Result missing = command("restore", file("missing.tar.gz"), "--data=" + copy);
    RunningBarometer copyRunning = start("copy", copy);

    assertThat(online.exit()).as(online.output()).isZero();
    assertThat(online.output()).contains("(while it ran)").contains("keep it safe");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.output()).contains("stop Barometer first");
    assertThat(offline.exit()).as(offline.output()).isZero();
    assertThat(offline.output()).contains("(stopped)");
    assertThat(restored.exit()).as(restored.output()).isZero();
    assertThat(restored.output()).contains("BAROMETER_REMINDERS_HOLD=true");
    assertThat(overLive.exit()).as(overLive.output()).isZero();
    assertThat(overLive.output()).contains("is kept in");
    assertThat(live.resolve("postgres.before-restore-1/PG_VERSION")).exists();
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.output()).contains("There is no backup file");
    assertThat(copyRunning.usernames(token))
        .contains("admin", "before.backup")
        .doesNotContain("after.backup");
  }

  private String file(String name) {
    return work.resolve(name).toString();
  }

  private RunningBarometer start(String name, Path data) throws Exception {
    return barometers.start(name, data.resolve("postgres"));
  }

  private record Result(int exit, String output) {}

  private static Result command(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(Barometers.JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    return new Result(process.waitFor(), output);
  }

  private static void addPerson(RunningBarometer barometer, String token, String username) {
    int status =
        new ApiClient(barometer.port, token)
            .send(
                "POST",
                "/api/v1/admin/users",
                "{\"username\":\"%s\",\"displayName\":\"%s\",\"roles\":[\"DATA_OWNER\"]}"
                    .formatted(username, username))
            .statusCode();
    assertThat(status).isEqualTo(201);
  }
}
