package org.barometer.bench;

/** Prints the live heap after a collection, so a run shows how much of its heap the data takes. */
final class HeapReport {

  private static final long MB = 1024L * 1024L;

  private HeapReport() {}

  static void print(String when) {
    Runtime runtime = Runtime.getRuntime();
    // A full collection first, so "used" is the live data rather than garbage from the setup.
    System.gc();
    long used = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(
        "%n%s: %d MB live of a %d MB maximum heap%n", when, used / MB, runtime.maxMemory() / MB);
  }
}
