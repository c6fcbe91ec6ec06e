package org.barometer.app.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a PostgreSQL data folder into a tar archive, leaving out what the server makes afresh at
 * start (as PostgreSQL's "Backing Up the Data Directory" lists): the process's lock files, the
 * contents of its temporary folders, and the write-ahead log, which a backup adds last.
 */
final class DataFolderCopy {

  /** Folders whose contents are left out; the folders themselves are kept, empty. */
  private static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  private static final Set<String> LEFT_OUT =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");

  private final Path folder;
  private final TarArchiveOutputStream tar;

  DataFolderCopy(Path folder, TarArchiveOutputStream tar) {
    this.folder = folder;
    this.tar = tar;
  }

  /** Every file and folder but the ones left out. */
  void copyAllButTheLog() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (!path.equals(folder) && keep(folder.relativize(path))) {
          add(path);
        }
      }
    }
  }

  /** The write-ahead log's segment files, as they are now. */
  Set<String> copyTheLog() throws IOException {
    Path wal = folder.resolve("pg_wal");
    if (!Files.isDirectory(wal)) {
      throw new IllegalStateException(folder + " is not a whole PostgreSQL data folder: no pg_wal");
    }
    try (Stream<Path> files = Files.list(wal)) {
      Set<String> segments =
          files
              .filter(Files::isRegularFile)
              .map(file -> file.getFileName().toString())
              .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
      for (String segment : segments) {
        add(wal.resolve(segment));
      }
      return segments;
    }
  }

  /** A file written from text, such as the {@code backup_label} the server hands back. */
  void addText(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    entry.setMode(0600);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  private static boolean keep(Path relative) {
    String first = relative.getName(0).toString();
    if (relative.getNameCount() == 1) {
      return !LEFT_OUT.contains(first);
    }
    if (EMPTIED.contains(first)) {
      return false;
    }
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith("pgsql_tmp") || name.equals("pg_internal.init")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds one file or folder. A file the server is writing may grow or shrink while it is read:
   * exactly the size seen first is written, padded with zeros if it shrank. The server rewrites
   * such pages from the log when the copy is restored, since a backup turns on full-page writes.
   */
  private void add(Path path) throws IOException {
    String name = folder.relativize(path).toString().replace('\\', '/');
    boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    TarArchiveEntry entry = new TarArchiveEntry(directory ? name + "/" : name);
    entry.setMode(mode(path, directory));
    if (directory) {
      tar.putArchiveEntry(entry);
      tar.closeArchiveEntry();
      return;
    }
    long size;
    try {
      size = Files.size(path);
    } catch (java.nio.file.NoSuchFileException removed) {
      return;
    }
    entry.setSize(size);
    tar.putArchiveEntry(entry);
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[64 * 1024];
      long left = size;
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          break;
        }
        tar.write(buffer, 0, read);
        left -= read;
      }
      byte[] zeros = new byte[buffer.length];
      while (left > 0) {
        int n = (int) Math.min(zeros.length, left);
        tar.write(zeros, 0, n);
        left -= n;
      }
    } catch (java.nio.file.NoSuchFileException removed) {
      // removed between its size and its read (a dropped table): the zeros stand in for it
      byte[] zeros = new byte[(int) Math.min(size, 64 * 1024)];
      for (long left = size; left > 0; left -= zeros.length) {
        tar.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
    }
    tar.closeArchiveEntry();
  }

  private static int mode(Path path, boolean directory) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
      int mode = 0;
      for (PosixFilePermission permission : permissions) {
        mode |= 1 << (8 - permission.ordinal());
      }
      return mode;
    } catch (UnsupportedOperationException | IOException e) {
      return directory ? 0700 : 0600;
    }
  }
}
