package org.barometer.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Barometers a test starts from the jar, with their logs in a folder of its own under {@code
 * target/}, and every one still running stopped after the test.
 */
final class Barometers implements AfterEachCallback {

  static final Path JAR = Path.of("target/barometer.jar");

  final Path work;
  private final String adminPassword;
  private final List<RunningBarometer> started = new ArrayList<>();

  Barometers(String kind, String adminPassword) {
    this.work = Path.of("target", kind, UUID.randomUUID().toString()).toAbsolutePath();
    this.adminPassword = adminPassword;
    try {
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts Barometer on the database in {@code dataFolder}, its log named after {@code name}. */
  RunningBarometer start(String name, Path dataFolder) throws Exception {
    RunningBarometer barometer =
        RunningBarometer.start(JAR, dataFolder, adminPassword, work.resolve(name + ".log"));
    started.add(barometer);
    return barometer;
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    for (RunningBarometer barometer : started) {
      if (barometer.process.isAlive()) {
        barometer.stop();
      }
    }
  }
}
