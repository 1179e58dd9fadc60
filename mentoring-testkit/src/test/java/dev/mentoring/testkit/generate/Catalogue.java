package dev.mentoring.testkit.generate;

import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.pairing.ExitReason;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every public generator of the package, by name: the no-argument factories of the generator
 * classes, found reflectively so that a new factory is covered without being listed, and the
 * factories with arguments, called with typical ones.
 */
final class Catalogue {
  private Catalogue() {}

  static final List<Class<?>> HOLDERS =
      List.of(
          DomainGenerators.class,
          ActivityGenerators.class,
          EventGenerators.class,
          MatchingGenerators.class,
          MetricsGenerators.class);

  static Map<String, Generator<?>> all() {
    Map<String, Generator<?>> all = new LinkedHashMap<>();
    for (Class<?> holder : HOLDERS) {
      List<Method> methods = new ArrayList<>();
      for (Method m : holder.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0
            && m.getReturnType() == Generator.class) {
          methods.add(m);
        }
      }
      methods.sort(Comparator.comparing(Method::getName));
      for (Method m : methods) {
        try {
          all.put(holder.getSimpleName() + "." + m.getName(), (Generator<?>) m.invoke(null));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    all.put("DomainGenerators.constants(ExitReason)", DomainGenerators.constants(ExitReason.class));
    all.put("DomainGenerators.subsets(Consent)", DomainGenerators.subsets(Consent.class));
    all.put(
        "DomainGenerators.applications(ProgramSpec)",
        DomainGenerators.applications(DomainGenerators.programSpecs().generate(3L, 6)));
    all.put(
        "ActivityGenerators.goalDrafts(LocalDate)",
        ActivityGenerators.goalDrafts(LocalDate.of(2026, 3, 2)));
    all.put(
        "ActivityGenerators.meetingPlans(Instant)",
        ActivityGenerators.meetingPlans(Instant.parse("2026-03-02T10:00:00Z")));
    all.put(
        "ActivityGenerators.surveyResponses(Survey)",
        ActivityGenerators.surveyResponses(ActivityGenerators.surveys().generate(3L, 6)));
    return all;
  }
}
