package org.barometer.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The embedded server's superuser password. It is made up on the first start, kept in the data
 * folder in a file only the account running Barometer can read ({@value #FILE}), and asked of every
 * connection, local or over the loopback address: {@code pg_hba.conf} is rewritten to {@code
 * scram-sha-256} for all of them, where the library leaves {@code trust}. A data folder made by an
 * earlier Barometer, without a password, gets one on its next start.
 */
final class ServerPassword {

  static final String FILE = "barometer-password";

  static final String HBA =
      """
      # Written by Barometer. Every connection needs the superuser's password, which Barometer
      # keeps in barometer-password beside this file (readable by the account running it only).
      local   all           all                   scram-sha-256
      host    all           all   127.0.0.1/32    scram-sha-256
      host    all           all   ::1/128         scram-sha-256
      local   replication   all                   scram-sha-256
      host    replication   all   127.0.0.1/32    scram-sha-256
      host    replication   all   ::1/128         scram-sha-256
      """;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ServerPassword() {}

  /** The password kept in the folder, if one was made. */
  static Optional<String> stored(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the database password in " + file, e);
    }
  }

  /**
   * Refuses at once to start a server that asks for a password Barometer no longer has (its file
   * deleted), rather than waiting for a connection that cannot succeed.
   *
   * @throws IllegalStateException naming the file
   */
  static void requireKnown(Path folder, Optional<String> password) {
    Path hba = folder.resolve("pg_hba.conf");
    try {
      if (password.isEmpty() && Files.exists(hba) && Files.readString(hba).equals(HBA)) {
        throw new IllegalStateException(
            "The embedded database in "
                + folder
                + " asks for the password Barometer kept in "
                + folder.resolve(FILE)
                + ", which is missing: put it back from a backup of the data folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + hba, e);
    }
  }

  /** Makes up a password and keeps it in the folder, readable by this account only. */
  static String create(Path folder) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Path file = folder.resolve(FILE);
    try {
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        throw new IllegalStateException("Another process is writing " + file, e);
      }
      Files.writeString(file, password);
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the database password to " + file, e);
    }
  }

  /**
   * Sets the superuser's password to {@code password} and makes the server ask every connection for
   * it, unless it does already. Safe to repeat: a start interrupted half-way finishes the job on
   * the next start.
   */
  static void require(DataSource superuser, Path folder, String password) {
    Path hba = folder.resolve("pg_hba.conf");
    try {
      if (Files.exists(hba) && Files.readString(hba).equals(HBA)) {
        return;
      }
      try (Connection connection = superuser.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("set password_encryption = 'scram-sha-256'");
        statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
        Files.writeString(hba, HBA);
        statement.execute("select pg_reload_conf()");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + hba, e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set the embedded database's password", e);
    }
  }
}
