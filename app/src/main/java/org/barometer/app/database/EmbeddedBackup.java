package org.barometer.app.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A physical copy of the embedded database, made with PostgreSQL's own backup functions while it
 * runs ({@code pg_backup_start} and {@code pg_backup_stop}: "Making a Base Backup Using the Low
 * Level API"), or of its stopped folder. The copy holds every file the server needs, the
 * write-ahead log written during the copy and the server's {@code backup_label}, so a server
 * started on the restored folder replays the log and comes up consistent as of the copy's end.
 *
 * <p>The copy holds everything: the people's password hashes, their sessions and the hashes of
 * their API tokens, and the superuser's password file. Keep it as safe as the live database.
 */
final class EmbeddedBackup {

  private EmbeddedBackup() {}

  /** Copies the database in {@code folder} to {@code file}; says what it did. */
  static String write(Path folder, Path file) throws IOException, SQLException {
    if (!Files.exists(folder.resolve("PG_VERSION"))) {
      throw new IllegalStateException("There is no embedded database in " + folder);
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    boolean online;
    try (OutputStream out = Files.newOutputStream(partial);
        TarArchiveOutputStream tar =
            new TarArchiveOutputStream(new GZIPOutputStream(new BufferedOutputStream(out)))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      DataFolderCopy copy = new DataFolderCopy(folder, tar);
      Optional<Integer> port = runningPort(folder);
      online = port.isPresent();
      if (online) {
        copyWhileRunning(folder, port.get(), copy);
      } else {
        copy.copyAllButTheLog();
        copy.copyTheLog();
      }
      tar.finish();
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return "Backed up the embedded database in "
        + folder
        + (online ? " (while it ran)" : " (stopped)")
        + " to "
        + file
        + " ("
        + Files.size(file)
        + " bytes). It holds password hashes, sessions and API token hashes: keep it safe.";
  }

  private static void copyWhileRunning(Path folder, int port, DataFolderCopy copy)
      throws IOException, SQLException {
    String password =
        ServerPassword.stored(folder)
            .orElseThrow(() -> new IllegalStateException("No password file in " + folder));
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
        Statement statement = connection.createStatement()) {
      String firstSegment;
      try (ResultSet start =
          statement.executeQuery(
              "select pg_walfile_name(pg_backup_start('barometer backup', true))")) {
        start.next();
        firstSegment = start.getString(1);
      }
      copy.copyAllButTheLog();
      String label;
      String tablespaces;
      try (ResultSet stop =
          statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
        stop.next();
        label = stop.getString(1);
        tablespaces = stop.getString(2);
      }
      Set<String> segments = copy.copyTheLog();
      if (!segments.contains(firstSegment)) {
        throw new IllegalStateException(
            "the log segment "
                + firstSegment
                + " written at the copy's start was recycled before it could be copied; run the"
                + " backup again");
      }
      copy.addText("backup_label", label);
      if (tablespaces != null && !tablespaces.isEmpty()) {
        copy.addText("tablespace_map", tablespaces);
      }
    }
  }

  /**
   * Puts the copy in {@code file} in place of the database in {@code folder}. What was there is
   * kept beside it, renamed, never deleted.
   */
  static String restore(Path file, Path folder) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("There is no backup file " + file);
    }
    if (runningPort(folder).isPresent()) {
      throw new IllegalStateException(
          "Barometer's database is running in " + folder + ": stop Barometer first");
    }
    Path incoming = folder.resolveSibling(folder.getFileName() + ".restoring");
    deleteRecursively(incoming);
    extract(file, incoming);
    if (!Files.exists(incoming.resolve("PG_VERSION"))) {
      deleteRecursively(incoming);
      throw new IllegalStateException(file + " is not a backup of Barometer's embedded database");
    }
    String kept = "";
    if (Files.exists(folder)) {
      Path aside = aside(folder);
      Files.move(folder, aside);
      kept = " The database that was there is kept in " + aside + ".";
    }
    Files.move(incoming, folder);
    return "Restored "
        + file
        + " into "
        + folder
        + "."
        + kept
        + " It starts with the people, sessions and API tokens of the copy. Unless it replaces the"
        + " live installation, start it with BAROMETER_REMINDERS_HOLD=true so that it mails no"
        + " reminders.";
  }

  private static void extract(Path file, Path into) throws IOException {
    Files.createDirectories(into);
    setMode(into, 0700);
    try (InputStream in = Files.newInputStream(file);
        TarArchiveInputStream tar =
            new TarArchiveInputStream(new GZIPInputStream(new BufferedInputStream(in)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IllegalStateException(
              file + " holds " + entry.getName() + ", which lies outside the database folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        }
        setMode(target, entry.getMode());
      }
    }
  }

  /** The port of a server running on the folder now, from its {@code postmaster.pid}. */
  private static Optional<Integer> runningPort(Path folder) {
    Path pidFile = folder.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile);
      boolean alive =
          ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
              .map(ProcessHandle::isAlive)
              .orElse(false);
      return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Path aside(Path folder) {
    for (int n = 1; ; n++) {
      Path candidate = folder.resolveSibling(folder.getFileName() + ".before-restore-" + n);
      if (!Files.exists(candidate)) {
        return candidate;
      }
    }
  }

  private static void setMode(Path path, int mode) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission permission : PosixFilePermission.values()) {
      if ((mode & (1 << (8 - permission.ordinal()))) != 0) {
        permissions.add(permission);
      }
    }
    try {
      Files.setPosixFilePermissions(path, permissions);
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's own access rules apply
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
