package org.barometer.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A folder holding the files of one catalogue: on disk, or on the classpath. */
public final class CatalogueFolder {

  /** The classpath folder of the seed catalogue: Southend-on-Sea's 2017/18 report. */
  public static final String SOUTHEND_2017_18 = "seed/southend-2017-18";

  private final String description;
  private final Opener opener;

  private CatalogueFolder(String description, Opener opener) {
    this.description = description;
    this.opener = opener;
  }

  /** A folder on disk. */
  public static CatalogueFolder of(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new CatalogueFolder(
        folder.toString(),
        name -> {
          Path file = folder.resolve(name);
          return Files.isRegularFile(file)
              ? Optional.of(Files.newInputStream(file))
              : Optional.empty();
        });
  }

  /** A folder on the classpath, such as {@link #SOUTHEND_2017_18}. */
  public static CatalogueFolder onClasspath(String folder) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    ClassLoader loader = CatalogueFolder.class.getClassLoader();
    return new CatalogueFolder(
        "classpath:" + base, name -> Optional.ofNullable(loader.getResourceAsStream(base + name)));
  }

  /** A folder holding one file that was sent, such as an uploaded {@code action-plan.csv}. */
  public static CatalogueFolder sent(String name, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new CatalogueFolder(
        "the file sent",
        asked ->
            asked.equals(name)
                ? Optional.of(new java.io.ByteArrayInputStream(copy))
                : Optional.empty());
  }

  /**
   * A folder holding one file read from a stream as it is needed, such as a generated file too
   * large to hold.
   */
  static CatalogueFolder streamed(String name, java.util.function.Supplier<InputStream> bytes) {
    return new CatalogueFolder(
        "the file sent", asked -> asked.equals(name) ? Optional.of(bytes.get()) : Optional.empty());
  }

  /** The seed catalogue, on the classpath. */
  public static CatalogueFolder southend2017() {
    return onClasspath(SOUTHEND_2017_18);
  }

  /** The file's bytes, or empty when the folder has no such file. */
  Optional<InputStream> open(String name) throws IOException {
    return opener.open(name);
  }

  @Override
  public String toString() {
    return description;
  }

  @FunctionalInterface
  private interface Opener {
    Optional<InputStream> open(String name) throws IOException;
  }
}
