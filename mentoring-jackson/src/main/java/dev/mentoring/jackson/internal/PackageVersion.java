package dev.mentoring.jackson.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The module's version, from {@code version.properties} that the build fills in. */
public final class PackageVersion {
  /** This artifact's version. */
  public static final Version VERSION = load();

  private PackageVersion() {}

  private static Version load() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        p.getProperty("version", "0.0.0"), "dev.mentoring", "mentoring-jackson");
  }
}
