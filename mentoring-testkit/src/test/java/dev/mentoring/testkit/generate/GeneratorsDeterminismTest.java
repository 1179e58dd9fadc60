package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generator is a function of its seed and size: within one run (equal values), across runs
 * and machines (fingerprints pinned below), and it makes different values for different seeds.
 */
class GeneratorsDeterminismTest {
  private static final int[] SIZES = {0, 1, 4, 12};

  /**
   * Fingerprints of each generator's values for seeds 0 to 9 at size 6, recorded on JDK 17. They
   * pin what a seed means: a host that logs a failing seed must get the same value on another
   * machine or JDK. A generator change that alters them is a deliberate one; update the table and
   * mention it in the release notes.
   */
  private static final Map<String, String> FINGERPRINTS = fingerprints();

  @TestFactory
  Stream<DynamicTest> sameSeedAndSize_equalValues() {
    return Catalogue.all().entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      for (int size : SIZES) {
                        for (long seed = 0; seed < 20; seed++) {
                          Object value = e.getValue().generate(seed, size);
                          assertThat(value)
                              .isNotNull()
                              .isEqualTo(e.getValue().generate(seed, size));
                        }
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> differentSeeds_differentValues() {
    return Catalogue.all().entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      Set<Object> values = new HashSet<>(e.getValue().generate(99L, 5, 20));
                      assertThat(values).as("distinct values of 20").hasSizeGreaterThan(1);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> fingerprint_isTheRecordedOne() {
    return Catalogue.all().entrySet().stream()
        .map(
            e ->
                dynamicTest(
                    e.getKey(),
                    () -> {
                      List<?> values = e.getValue().generate(0L, 6, 10);
                      assertThat(Canonical.fingerprint(values))
                          .as("fingerprint of %s", e.getKey())
                          .isEqualTo(FINGERPRINTS.get(e.getKey()));
                    }));
  }

  @Test
  void everyGeneratorHasAFingerprint() {
    assertThat(FINGERPRINTS.keySet()).containsExactlyInAnyOrderElementsOf(Catalogue.all().keySet());
  }

  private static Map<String, String> fingerprints() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("DomainGenerators.actors", "52d8d69da1a3d4eb");
    f.put("DomainGenerators.answers", "79aa552a169c867f");
    f.put("DomainGenerators.applications", "083dfb3958e2933a");
    f.put("DomainGenerators.availabilities", "a90efdeda8a4b314");
    f.put("DomainGenerators.contributions", "ec1f0d9a61c79272");
    f.put("DomainGenerators.enrollmentForms", "ae8f7211d118092b");
    f.put("DomainGenerators.enrollmentIds", "72810432998cf4eb");
    f.put("DomainGenerators.enrollments", "8999eb3795afeec6");
    f.put("DomainGenerators.erasureReports", "1a5e4221e2327273");
    f.put("DomainGenerators.explanations", "7e555a7580463331");
    f.put("DomainGenerators.matchingPolicies", "bf6fb33410fe29f2");
    f.put("DomainGenerators.matchingRuns", "c3609a82a007936c");
    f.put("DomainGenerators.meetingCadences", "6b5dbbf4905794ec");
    f.put("DomainGenerators.pairExits", "595f96f7bed2baea");
    f.put("DomainGenerators.pairIds", "a445cd61524e599c");
    f.put("DomainGenerators.pairs", "7c21a58fc2e583b6");
    f.put("DomainGenerators.healthPolicies", "6d2d0609c761768f");
    f.put("DomainGenerators.participantData", "70901ef081935736");
    f.put("DomainGenerators.participantIds", "95c8829856364ffa");
    f.put("DomainGenerators.preferences", "434a1a70df8a2316");
    f.put("DomainGenerators.profiles", "adaa4e7bc55725bc");
    f.put("DomainGenerators.programIds", "32de71e6c718385a");
    f.put("DomainGenerators.programSpecs", "1e556deec4137978");
    f.put("DomainGenerators.programs", "505110e228ce3995");
    f.put("DomainGenerators.questions", "03e7b188984d4679");
    f.put("DomainGenerators.reminderPolicies", "0eb48787ae8ba93c");
    f.put("DomainGenerators.schedules", "0e28ef5a485bf9c4");
    f.put("DomainGenerators.sentReminders", "ab7fe9e39af897f0");
    f.put("DomainGenerators.skills", "492c02244eccdb90");
    f.put("DomainGenerators.violations", "be1ccdc6d352566c");
    f.put("ActivityGenerators.checkIns", "b538fbd9a37cd919");
    f.put("ActivityGenerators.goalDrafts", "bb6c11223717116c");
    f.put("ActivityGenerators.goalIds", "faed1599d17737a7");
    f.put("ActivityGenerators.goals", "80006d32a13961a9");
    f.put("ActivityGenerators.meetingIds", "d04151af7d30ef25");
    f.put("ActivityGenerators.meetingPlans", "8525b20021361a5d");
    f.put("ActivityGenerators.meetingSeriesIds", "5ad533c9b83262c9");
    f.put("ActivityGenerators.meetings", "296f581ff1434a59");
    f.put("ActivityGenerators.milestoneDrafts", "f53958ac904e45f5");
    f.put("ActivityGenerators.milestones", "cc69c4bcc1b4e090");
    f.put("ActivityGenerators.netPromoterScores", "ce5defc76a231d11");
    f.put("ActivityGenerators.questionSummaries", "2d724e0d766d01df");
    f.put("ActivityGenerators.recurrences", "8138597ba8a2f299");
    f.put("ActivityGenerators.resourceDrafts", "572b35ee9d6467a5");
    f.put("ActivityGenerators.resourceIds", "8471a633e02906f1");
    f.put("ActivityGenerators.resourceSuggestions", "19d9979b95098032");
    f.put("ActivityGenerators.resources", "e23dc60b15a9266c");
    f.put("ActivityGenerators.responseIds", "7f1f92594489cd79");
    f.put("ActivityGenerators.surveyDrafts", "28681592671ccfc0");
    f.put("ActivityGenerators.surveyIds", "b033723332b7e5c5");
    f.put("ActivityGenerators.surveyQuestions", "75b1163c3e851b54");
    f.put("ActivityGenerators.surveyResponses", "386bf651acbac3f3");
    f.put("ActivityGenerators.surveySummaries", "04e2cace068aa4d4");
    f.put("ActivityGenerators.surveys", "0f7613a05b4018d0");
    f.put("EventGenerators.enrollmentDecided", "b2859414d3a4ebbb");
    f.put("EventGenerators.enrollmentStatusChanged", "bb0c93fab8a59a3f");
    f.put("EventGenerators.enrollmentSubmitted", "d389d13508cbebe6");
    f.put("EventGenerators.enrollmentUpdated", "0d606f988db1227e");
    f.put("EventGenerators.events", "a84ce99d5e5c4c79");
    f.put("EventGenerators.goalCreated", "35de6ec55fc35705");
    f.put("EventGenerators.goalDue", "3be08254d9661801");
    f.put("EventGenerators.goalStatusChanged", "022c183d5e2caad7");
    f.put("EventGenerators.goalUpdated", "de94003e8efa9cca");
    f.put("EventGenerators.inactivityEscalation", "c012437a62da177c");
    f.put("EventGenerators.inactivityNudge", "2ca46dbabee1488e");
    f.put("EventGenerators.matchConfirmed", "750f1e6a4eb3a534");
    f.put("EventGenerators.matchProposed", "fc9dd8dc7739f919");
    f.put("EventGenerators.meetingCancelled", "b3e608c5bc58a850");
    f.put("EventGenerators.meetingFollowUp", "1f7d598ccb939b08");
    f.put("EventGenerators.meetingInvitation", "ffd1a14f1c18881c");
    f.put("EventGenerators.meetingLogged", "72d8c995ecf80441");
    f.put("EventGenerators.meetingMoved", "3321ba16e9a348cc");
    f.put("EventGenerators.meetingNotesUpdated", "394423cf31f819af");
    f.put("EventGenerators.meetingRated", "6f6ab5462f9bfc2f");
    f.put("EventGenerators.meetingReminder", "b77a3fb8bdabf5a7");
    f.put("EventGenerators.meetingRescheduled", "f69acc53d60ae89d");
    f.put("EventGenerators.meetingScheduled", "8875a31fc3f245b0");
    f.put("EventGenerators.meetingStatusChanged", "2d4315c81df2aca4");
    f.put("EventGenerators.milestoneDue", "a4558968d133b760");
    f.put("EventGenerators.notifications", "5c89df5725c6e11d");
    f.put("EventGenerators.pairApproved", "d05a590574977c94");
    f.put("EventGenerators.pairProposed", "8fc8cc6d1b86c545");
    f.put("EventGenerators.pairStatusChanged", "ff6cd693430177fa");
    f.put("EventGenerators.participantErased", "296d161e23d4f244");
    f.put("EventGenerators.poorFitReported", "27f495cfdf8fd221");
    f.put("EventGenerators.programCreated", "ebd53ecf74db56da");
    f.put("EventGenerators.programPhaseChanged", "a27008236b2c6488");
    f.put("EventGenerators.programStatusChanged", "eae56e4235e62bea");
    f.put("EventGenerators.programUpdated", "a70578ec57c27c34");
    f.put("EventGenerators.proposalAwaitingAnswer", "8765cfe651e6198a");
    f.put("EventGenerators.proposalExpiring", "a43ed1e42d8fd96b");
    f.put("EventGenerators.resourceAdded", "a19397434c094014");
    f.put("EventGenerators.resourceRemoved", "b0833969359de134");
    f.put("EventGenerators.resourceRevised", "f50750a98b51ac11");
    f.put("EventGenerators.surveyCreated", "22d0f84b606d7430");
    f.put("EventGenerators.surveyInvitation", "607dd85c0d0cabee");
    f.put("EventGenerators.surveyReminder", "af72b8316eccb206");
    f.put("EventGenerators.surveyResponseSubmitted", "f6e8d7b1dee44728");
    f.put("EventGenerators.surveyRevised", "3a8ddddb7899268a");
    f.put("EventGenerators.surveyStatusChanged", "af0fee63e1e18504");
    f.put("MatchingGenerators.candidatePairs", "0e253820320d9890");
    f.put("MatchingGenerators.exclusions", "cf2ebc86d32013b2");
    f.put("MatchingGenerators.feasibilityReports", "1104d3f32c688d59");
    f.put("MatchingGenerators.matchingEvaluations", "d0d0e9ca3fcd2965");
    f.put("MatchingGenerators.matchingProblems", "a5b2ac1f034045b5");
    f.put("MatchingGenerators.matchingResults", "b0ef529fa77c8b99");
    f.put("MatchingGenerators.pairExplanations", "7856d7261297350f");
    f.put("MatchingGenerators.proposals", "728db80a6fe65c96");
    f.put("MatchingGenerators.recommendations", "361badef59b1c0b9");
    f.put("MatchingGenerators.segmentSummaries", "7663faf0fb558f71");
    f.put("MetricsGenerators.healthReasons", "eefb30ff1c6a9c58");
    f.put("MetricsGenerators.pairHealths", "2acc95d2b0e488df");
    f.put("MetricsGenerators.programReports", "014b689a1d6caa83");
    f.put("MetricsGenerators.ratios", "9acdc904846e6a04");
    f.put("MetricsGenerators.segmentedReports", "c5623685200fb8e5");
    f.put("MetricsGenerators.surveyResponseRates", "32ec8bf4d455164c");
    f.put("DomainGenerators.constants(ExitReason)", "b0fedf8491783ebb");
    f.put("DomainGenerators.subsets(Consent)", "2c20897a60c47010");
    f.put("DomainGenerators.applications(ProgramSpec)", "96012464c263db38");
    f.put("ActivityGenerators.goalDrafts(LocalDate)", "4277c0eef46bab54");
    f.put("ActivityGenerators.meetingPlans(Instant)", "e9fb87c20ce69f3b");
    f.put("ActivityGenerators.surveyResponses(Survey)", "2b694e4761886f57");
    return f;
  }
}
