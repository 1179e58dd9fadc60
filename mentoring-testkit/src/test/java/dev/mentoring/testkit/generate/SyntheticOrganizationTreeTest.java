package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.ParticipantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticOrganizationTreeTest {

  /**
   * Checks that the manager tree is a tree with seniority rising upward, managers in their reports'
   * department (but for the root and the heads it leads) and teams within the maximum size (but for
   * the root's); returns the team sizes. Breaches are collected and reported together, as asserting
   * per person would be slow on large organisations.
   */
  static Map<Integer, Integer> checkTree(SyntheticOrganization org) {
    List<Employee> people = List.copyOf(org.employees());
    int n = people.size();
    int root = org.root().index();
    List<String> breaches = new ArrayList<>();
    int[] boss = new int[n];
    for (Employee e : people) {
      ParticipantId m = e.manager();
      boss[e.index()] = m == null ? -1 : org.indexOf(m);
      if (m == null && e.index() != root) {
        breaches.add(e.id() + " has no manager but is not the root");
      } else if (m != null && boss[e.index()] < 0) {
        breaches.add(e.id() + " has a manager outside the organisation");
      }
    }
    assertThat(breaches).isEmpty();
    Map<Integer, Integer> teamSizes = new HashMap<>();
    Map<Integer, Integer> teamManager = new HashMap<>();
    Set<String> headsDepartments = new HashSet<>();
    for (Employee e : people) {
      if (e.index() == root) {
        continue;
      }
      Employee manager = people.get(boss[e.index()]);
      if (manager.level() <= e.level()) {
        breaches.add(e.id() + " is level " + e.level() + ", their manager " + manager.level());
      }
      if (manager.index() != root || manager.department().equals(e.department())) {
        if (!manager.department().equals(e.department())) {
          breaches.add(e.id() + " has a manager in another department");
        }
      } else if (!headsDepartments.add(e.department())) {
        breaches.add("the root leads a second head of " + e.department());
      }
      teamSizes.merge(e.team(), 1, Integer::sum);
      Integer previous = teamManager.putIfAbsent(e.team(), manager.index());
      if (previous != null && previous != manager.index()) {
        breaches.add("team " + e.team() + " has two managers");
      }
      // Levels rise strictly upward, so the walk to the root ends within 20 steps.
      int steps = 0;
      for (int up = e.index(); up != root && steps <= 20; up = boss[up]) {
        steps++;
      }
      if (steps > 20) {
        breaches.add(e.id() + " is more than 20 steps from the root");
      }
    }
    for (Map.Entry<Integer, Integer> t : teamManager.entrySet()) {
      int size = teamSizes.get(t.getKey());
      if (t.getValue() != root && size > org.spec().maxTeamSize()) {
        breaches.add("team " + t.getKey() + " has " + size + " members");
      }
    }
    assertThat(breaches).isEmpty();
    assertThat(teamSizes).hasSize(org.teamCount());
    assertThat(teamSizes.keySet()).allMatch(t -> t >= 0 && t < org.teamCount());
    return teamSizes;
  }

  @Test
  void tree_isATreeWithSeniorityRisingUpward() {
    SyntheticOrganization org = SyntheticOrganization.generate(2026L, 20_000);
    Map<Integer, Integer> sizes = checkTree(org);
    long inRange =
        sizes.values().stream()
            .filter(s -> s >= org.spec().minTeamSize() && s <= org.spec().maxTeamSize())
            .count();
    assertThat((double) inRange / sizes.size()).isGreaterThan(0.9);
    double meanSpan = (double) (org.size() - 1) / org.teamCount();
    assertThat(meanSpan)
        .isBetween((double) org.spec().minTeamSize(), (double) org.spec().maxTeamSize());
  }

  @Test
  void tree_withWideTeams() {
    OrganizationSpec spec = OrganizationSpec.builder().teamSize(10, 40).build();
    SyntheticOrganization org = SyntheticOrganization.generate(spec, 1L, 20_000);
    checkTree(org);
    assertThat((double) (org.size() - 1) / org.teamCount()).isGreaterThan(10);
  }

  @Test
  void tree_withOneDepartmentAndTopHeavyPyramid() {
    OrganizationSpec spec =
        OrganizationSpec.builder()
            .departments(List.of(new OrganizationSpec.Department("Everyone", 1)))
            .departmentSkills(0, 0)
            .teamSize(1, 5)
            .levelShares(0.1, 0.9)
            .mentorWillingness(0.1, 0.9)
            .menteeWillingness(0.9, 0.1)
            .build();
    SyntheticOrganization org = SyntheticOrganization.generate(spec, 2L, 50_000);
    checkTree(org);
    assertThat(org.root().level()).isLessThanOrEqualTo(20);
  }

  /**
   * The deepest tree a spec allows: everyone at the top of ten levels, in one department, with
   * teams of at most five, so that executive layers of one in six stack up. A million people need
   * eight layers (levels 11 to 18, the root at most 19); this checks the shape on 40,000.
   */
  @Test
  void tree_withEveryoneAtTheTopLevel() {
    OrganizationSpec spec =
        OrganizationSpec.builder()
            .departments(List.of(new OrganizationSpec.Department("Everyone", 1)))
            .departmentSkills(0, 0)
            .teamSize(1, 5)
            .levelShares(0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
            .mentorWillingness(new double[10])
            .menteeWillingness(new double[10])
            .build();
    SyntheticOrganization org = SyntheticOrganization.generate(spec, 3L, 40_000);
    checkTree(org);
    // Each layer of executives divides the people left by up to six: at least six layers.
    assertThat(org.root().level()).isBetween(16, 20);
  }
}
