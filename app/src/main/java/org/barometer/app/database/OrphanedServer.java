package org.barometer.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded server left running by a Barometer that was killed (by {@code kill -9}, the out of
 * memory killer, a crashed JVM) before it could stop its database. Such a server still holds the
 * data folder, so a new one could not start. It is found through the folder's {@code
 * postmaster.pid} and stopped with a fast shutdown, which finishes every committed transaction's
 * writes, before the new server starts.
 *
 * <p>A server whose Barometer is still alive is never touched: the library holds a lock on the
 * folder's {@code epg-lock} file for as long as its process lives, and the lock goes with the
 * process however it dies.
 */
final class OrphanedServer {

  private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(60);

  private final Path folder;
  private final ProcessHandle server;

  private OrphanedServer(Path folder, ProcessHandle server) {
    this.folder = folder;
    this.server = server;
  }

  /** Stops the server left running in {@code folder}, if there is one. */
  static void stopIn(Path folder) {
    find(folder).ifPresent(OrphanedServer::stop);
  }

  /**
   * The live PostgreSQL server named by the folder's {@code postmaster.pid}, if no live Barometer
   * owns it.
   *
   * @throws IllegalStateException when another Barometer is running on the folder
   */
  static Optional<OrphanedServer> find(Path folder) {
    Optional<ProcessHandle> server =
        pid(folder.resolve("postmaster.pid"))
            .flatMap(ProcessHandle::of)
            .filter(ProcessHandle::isAlive)
            .filter(OrphanedServer::isPostgres);
    if (server.isPresent() && ownedByALiveProcess(folder)) {
      throw new IllegalStateException(
          "Another Barometer is running on the database in "
              + folder
              + " (it holds "
              + folder.resolve("epg-lock")
              + "); stop it, or give this one another BAROMETER_DATA");
    }
    return server.map(process -> new OrphanedServer(folder, process));
  }

  private void stop() {
    log.warn(
        "The embedded PostgreSQL of an earlier run is still running on {} (process {}): its"
            + " Barometer stopped without shutting it down. Stopping it before starting afresh.",
        folder,
        server.pid());
    if (!stoppedByPgCtl()) {
      server.destroy();
      if (!exited(server)) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        exited(server);
      }
    }
    if (server.isAlive()) {
      throw new IllegalStateException(
          "Could not stop the PostgreSQL server (process "
              + server.pid()
              + ") left running on "
              + folder);
    }
    log.info("Stopped the embedded PostgreSQL of the earlier run (process {})", server.pid());
  }

  /** {@code pg_ctl stop -m fast}, from the same binaries as the server. */
  private boolean stoppedByPgCtl() {
    Optional<Path> pgCtl =
        server.info().command().map(Path::of).map(postgres -> postgres.resolveSibling("pg_ctl"));
    if (pgCtl.isEmpty() || !Files.isExecutable(pgCtl.get())) {
      return false;
    }
    List<String> command =
        List.of(
            pgCtl.get().toString(),
            "-D",
            folder.toString(),
            "stop",
            "-m",
            "fast",
            "-w",
            "-t",
            Long.toString(STOP_WAIT.toSeconds()));
    try {
      Process pgCtlRun = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(pgCtlRun.getInputStream().readAllBytes()).strip();
      boolean stopped = pgCtlRun.waitFor() == 0;
      log.info("pg_ctl stop: {}", output);
      return stopped && exited(server);
    } catch (IOException e) {
      log.warn("pg_ctl stop failed: {}", e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean exited(ProcessHandle process) {
    try {
      process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    } catch (Exception e) {
      return !process.isAlive();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(Path::of)
        .map(Path::getFileName)
        .map(name -> name.toString().equals("postgres") || name.toString().equals("postgres.exe"))
        .orElse(false);
  }

  /** Whether a live process holds the lock the library takes on the folder while it runs it. */
  private static boolean ownedByALiveProcess(Path folder) {
    Path lockFile = folder.resolve("epg-lock");
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the lock " + lockFile, e);
    }
  }

  private static Optional<Long> pid(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
