package dev.mentoring.json.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden files, read by path from the module's base directory (tests run there): {@code
 * src/main/resources/golden} in mentoring-json-testing, {@code
 * ../mentoring-json-testing/src/main/resources/golden} in the Jackson modules. Set the system
 * property {@value #UPDATE} to {@code true} to rewrite them from the current output instead of
 * comparing; the rewrite shows up in {@code git diff} for review.
 */
public final class Golden {
  /** The system property that switches the golden tests to rewriting the files. */
  public static final String UPDATE = "mentoring.golden.update";

  private Golden() {}

  /**
   * Returns the directory of the golden files.
   *
   * @return the directory
   */
  public static Path dir() {
    Path local = Path.of("src", "main", "resources", "golden");
    if (Files.isDirectory(local)
        && Path.of("").toAbsolutePath().endsWith("mentoring-json-testing")) {
      return local;
    }
    return Path.of("..", "mentoring-json-testing", "src", "main", "resources", "golden");
  }

  /**
   * Reads a golden file.
   *
   * @param file the file under the golden directory
   * @return its text
   */
  public static String read(String file) {
    try {
      return Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Tells whether the golden files are being rewritten.
   *
   * @return the value of the {@value #UPDATE} property
   */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /**
   * Writes a golden file.
   *
   * @param file the file under the golden directory
   * @param text its new text
   */
  public static void write(String file, String text) {
    try {
      Path path = dir().resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
