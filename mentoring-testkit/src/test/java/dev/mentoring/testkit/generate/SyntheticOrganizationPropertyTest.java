package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Structural invariants of organisations of every size and shape. */
class SyntheticOrganizationPropertyTest {

  /** Specs with 2 to 10 levels of random shares, 1 to 30 departments and random team sizes. */
  private static Gen<OrganizationSpec> specs() {
    return longs()
        .all()
        .map(
            seed -> {
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
              int levels = 2 + r.nextInt(9);
              double[] shares = new double[levels];
              double[] rates = new double[levels];
              for (int k = 0; k < levels; k++) {
                shares[k] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
                rates[k] = r.nextDouble();
              }
              shares[r.nextInt(levels)] += 0.1;
              int departments = 1 + r.nextInt(30);
              List<OrganizationSpec.Department> ds = new ArrayList<>();
              for (int d = 0; d < departments; d++) {
                ds.add(new OrganizationSpec.Department("Department " + d, 0.01 + r.nextDouble()));
              }
              int min = 1 + r.nextInt(6);
              int max = Math.max(5, 2 * min) + r.nextInt(20);
              return OrganizationSpec.builder()
                  .departments(ds)
                  .teamSize(min, max)
                  .levelShares(shares)
                  .mentorWillingness(rates)
                  .menteeWillingness(rates)
                  .skillVocabulary(1 + r.nextInt(300), 3 * r.nextDouble())
                  .skillsPerPerson(1 + r.nextInt(10), 1 + r.nextInt(10))
                  .build();
            });
  }

  @Test
  void everyOrganization_hasOneTreeWithSeniorityRisingUpward() {
    qt().withExamples(40)
        .forAll(specs(), longs().all(), integers().between(10, 3_000))
        .checkAssert(
            (spec, seed, size) -> {
              SyntheticOrganization org = SyntheticOrganization.generate(spec, seed, size);
              assertThat(org.size()).isEqualTo(size);
              SyntheticOrganizationTreeTest.checkTree(org);
            });
  }

  @Test
  void everyOrganization_isReproducible() {
    qt().withExamples(20)
        .forAll(specs(), longs().all(), integers().between(10, 2_000))
        .checkAssert(
            (spec, seed, size) ->
                assertThat(
                        SyntheticOrganizationTest.digest(
                            SyntheticOrganization.generate(spec, seed, size)))
                    .isEqualTo(
                        SyntheticOrganizationTest.digest(
                            SyntheticOrganization.generate(spec, seed, size))));
  }

  @Test
  void everyOrganization_sizesDepartmentsWithinOneOfTheirShare() {
    qt().withExamples(100)
        .forAll(specs(), integers().between(10, 100_000))
        .checkAssert(
            (spec, size) -> {
              int[] sizes =
                  OrganizationGenerator.apportion(
                      spec.departments().stream().map(OrganizationSpec.Department::weight).toList(),
                      size);
              double total =
                  spec.departments().stream()
                      .mapToDouble(OrganizationSpec.Department::weight)
                      .sum();
              int sum = 0;
              for (int d = 0; d < sizes.length; d++) {
                assertThat(Math.abs(sizes[d] - spec.departments().get(d).weight() / total * size))
                    .isLessThan(1.0);
                sum += sizes[d];
              }
              assertThat(sum).isEqualTo(size);
            });
  }
}
