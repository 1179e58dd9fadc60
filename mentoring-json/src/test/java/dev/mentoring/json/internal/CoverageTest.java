package dev.mentoring.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.matching.MatchingEvaluation;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every public value type of mentoring-core and mentoring-matching has a codec: each public record,
 * enum and sealed interface outside the {@code internal} packages, found by walking the compiled
 * classes, is in the {@link Codecs} table. A type added to core without a codec fails here rather
 * than at a host's first attempt to write it.
 */
class CoverageTest {

  @Test
  @DisplayName("every public record, enum and sealed type of core and matching has a codec")
  void everyPublicValueTypeIsCovered() throws Exception {
    List<Class<?>> values = new ArrayList<>();
    values.addAll(publicValueTypes(ParticipantId.class));
    values.addAll(publicValueTypes(MatchingEvaluation.class));
    assertThat(values).as("value types found").hasSizeGreaterThan(100);
    TreeSet<String> missing = new TreeSet<>();
    for (Class<?> type : values) {
      if (Codecs.find(type) == null) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("value types without a codec").isEmpty();
  }

  /** Public records, enums and sealed interfaces of the artifact that holds {@code anchor}. */
  private static List<Class<?>> publicValueTypes(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      names.addAll(classNames(location));
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
        names.addAll(classNames(jar.getPath("/")));
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      if (name.contains(".internal.") || name.endsWith("module-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      boolean exported =
          Modifier.isPublic(type.getModifiers())
              && (type.getEnclosingClass() == null
                  || Modifier.isPublic(type.getEnclosingClass().getModifiers()));
      boolean value = type.isRecord() || type.isEnum() || (type.isInterface() && type.isSealed());
      if (exported && value) {
        types.add(type);
      }
    }
    return types;
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".class"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }
}
