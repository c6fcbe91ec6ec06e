package org.barometer.app.database;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings the embedded server runs with. They are given on its command line, where they
 * outrank its configuration files and the library's own defaults (which turn {@code fsync} and
 * {@code synchronous_commit} off, as suits a throw-away test database and never a council's data).
 */
final class ServerSettings {

  private ServerSettings() {}

  /**
   * Loopback connections only, and, when {@code durable}, PostgreSQL's own promises: a commit is
   * acknowledged once it is flushed to disk ({@code synchronous_commit}, {@code fsync}), and a page
   * torn by a power cut is rebuilt from the log ({@code full_page_writes}).
   */
  static Map<String, String> of(boolean durable) {
    String onOrOff = durable ? "on" : "off";
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("listen_addresses", "localhost");
    settings.put("fsync", onOrOff);
    settings.put("synchronous_commit", onOrOff);
    settings.put("full_page_writes", onOrOff);
    return settings;
  }
}
