package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * {@link Cardinality#maxPairs} against brute force, on instances where its greedy first pass
 * settles the answer and where the flow has to reroute what the greedy pass chose.
 */
class CardinalityTest {

  @Test
  void maxPairs_equalsBruteForceCardinality() {
    qt().withFixedSeed(0x00CA_4D1AL)
        .withExamples(1_000)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst ->
                assertThat(Cardinality.maxPairs(inst.problem()))
                    .isEqualTo(BruteForce.solve(inst).maxCardinality()));
  }

  @Test
  void maxPairs_greedyChoiceBlocksAnother_flowReroutes() {
    // Mentee 0 takes mentor 0 first, which is mentee 1's only candidate: greedy finds 1 pair, the
    // bounds allow 2, so the flow moves mentee 0 to mentor 1.
    AssignmentProblem p =
        AssignmentProblem.of(new int[][] {{500, 400}, {300, -1}}, new int[] {1, 1});

    assertThat(Cardinality.maxPairs(p)).isEqualTo(2);
  }

  @Test
  void maxPairs_boundsBelowPlaces_perPersonEligiblePairsCount() {
    // Mentee 0 wants 2 mentors but has one eligible; mentor 1 has 3 places and one eligible mentee.
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(2, 2)
            .menteeCapacity(0, 2)
            .mentorCapacities(new int[] {1, 3})
            .score(0, 0, 100)
            .score(1, 1, 100)
            .build();

    assertThat(Cardinality.maxPairs(p)).isEqualTo(2);
  }
}
