package org.barometer.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPasswordTest {

  @TempDir Path folder;

  @Test
  void aNewPasswordIsKeptInTheFolderReadableByItsOwnerOnly() throws Exception {
    String password = ServerPassword.create(folder);

    assertThat(password).matches("[A-Za-z0-9_-]{32}");
    assertThat(ServerPassword.stored(folder)).contains(password);
    assertThat(Files.getPosixFilePermissions(folder.resolve(ServerPassword.FILE)))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aServerThatAsksForAPasswordNoLongerKeptIsRefusedAtOnceNamingTheFile() throws Exception {
    Files.writeString(folder.resolve("pg_hba.conf"), ServerPassword.HBA);

    assertThatThrownBy(() -> ServerPassword.requireKnown(folder, Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(folder.resolve("barometer-password").toString())
        .hasMessageContaining("put it back from a backup");
    ServerPassword.requireKnown(folder, Optional.of("kept"));
  }

  @Test
  void aFolderWithoutOneHasNoPassword() {
    assertThat(ServerPassword.stored(folder)).isEmpty();
  }

  @Test
  void everyConnectionLocalOrLoopbackNeedsThePassword() {
    assertThat(ServerPassword.HBA.lines().filter(line -> !line.startsWith("#")))
        .hasSize(6)
        .allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"))
        .noneMatch(line -> line.contains("trust") || line.contains("0.0.0.0"));
  }

  @Test
  void theDefaultSettingsAreDurableAndOnTheLoopbackOnly() {
    assertThat(ServerSettings.of(true))
        .containsEntry("fsync", "on")
        .containsEntry("synchronous_commit", "on")
        .containsEntry("full_page_writes", "on")
        .containsEntry("listen_addresses", "localhost");
    assertThat(ServerSettings.of(false)).containsEntry("fsync", "off");
  }
}
