package org.barometer.app.database;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jar's commands for the embedded database, run instead of the application: {@code java -jar
 * barometer.jar backup FILE} and {@code java -jar barometer.jar restore FILE}. Both find the data
 * folder as the application does ({@code BAROMETER_DATA}, or {@code data}), or in {@code
 * --data=FOLDER}. They use nothing but the jar: no PostgreSQL client of the machine's, whose
 * version would have to match the embedded server's.
 */
public final class DatabaseCommand {

  private static final String USAGE =
      """
      Usage: java -jar barometer.jar backup FILE [--data=FOLDER]
             java -jar barometer.jar restore FILE [--data=FOLDER]

      backup   copies the embedded database into FILE (a .tar.gz), while Barometer runs or not
      restore  puts a copy made by backup in place of the embedded database; stop Barometer first
      FOLDER   the folder that holds postgres/, as BAROMETER_DATA (default: data)
      """;

  private DatabaseCommand() {}

  /** Whether the command line asks for one of these commands rather than the application. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  /** Runs the command; the answer is the process's exit code. */
  public static int run(String[] args, Map<String, String> environment, PrintStream out) {
    String data = environment.getOrDefault("BAROMETER_DATA", "data");
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--data=")) {
        data = args[i].substring("--data=".length());
      } else {
        files.add(args[i]);
      }
    }
    if (files.size() != 1) {
      out.print(USAGE);
      return 2;
    }
    Path folder = Path.of(data, "postgres").toAbsolutePath();
    Path file = Path.of(files.get(0)).toAbsolutePath();
    try {
      String done =
          args[0].equals("backup")
              ? EmbeddedBackup.write(folder, file)
              : EmbeddedBackup.restore(file, folder);
      out.println(done);
      return 0;
    } catch (Exception e) {
      out.println(args[0] + " failed: " + e.getMessage());
      return 1;
    }
  }
}
