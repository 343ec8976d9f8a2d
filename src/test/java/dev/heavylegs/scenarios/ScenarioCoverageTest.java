package dev.heavylegs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenarios are the knowledge base's regression suite: every cause and every referral
 * needs a scenario that concludes it and a near miss that must not.
 */
class ScenarioCoverageTest {

  private static List<Scenario> scenarios;

  @BeforeAll
  static void readScenarios() throws ScenarioFileException {
    scenarios = ScenarioReader.readAll(ShippedKbase.DIR, "kbase");
  }

  @Test
  void everyCauseHasAConcludingScenarioAndANearMiss() {
    Set<String> causes = concluded(Kind.CAUSE);
    assertThat(causes)
        .containsExactlyInAnyOrder(
            "beginner",
            "overtraining",
            "strength-training",
            "iron-deficiency",
            "wrong-shoes",
            "hot-weather");
    assertThat(ids(s -> s.expect().causes())).containsAll(causes);
    assertThat(ids(s -> s.absent().causes())).containsAll(causes);
  }

  @Test
  void everyReferralHasAConcludingScenarioAndANearMiss() {
    Set<String> referrals = concluded(Kind.REFERRAL);
    assertThat(referrals)
        .contains(
            "blood-screening",
            "persistent-heaviness",
            "chest-symptoms",
            "possible-dvt",
            "possible-stress-fracture",
            "possible-rhabdomyolysis");
    assertThat(ids(s -> s.expect().referrals())).containsAll(referrals);
    assertThat(ids(s -> s.absent().referrals())).containsAll(referrals);
  }

  @Test
  void theShippedScenariosLeaveNoGapThatHeavylegsTestWouldReport() {
    assertThat(ScenarioCoverage.gaps(ShippedKbase.get(), scenarios)).isEmpty();
  }

  @Test
  void aCauseWithoutAScenarioOrANearMissIsAGap() {
    List<Scenario> withoutShoes =
        scenarios.stream()
            .filter(
                s ->
                    !s.expect().causes().contains("wrong-shoes")
                        && !s.absent().causes().contains("wrong-shoes"))
            .toList();

    assertThat(ScenarioCoverage.gaps(ShippedKbase.get(), withoutShoes))
        .contains(
            "cause 'wrong-shoes' has no scenario that concludes it (add one under expect:)",
            "cause 'wrong-shoes' has no near miss: a scenario where it must not come out (add one under absent:)");
  }

  @Test
  void everyConditionAndRecommendationIsConcludedBySomeScenario() {
    assertThat(ids(s -> s.expect().conditions())).containsAll(concluded(Kind.CONDITION));
    assertThat(ids(s -> s.expect().recommendations())).containsAll(concluded(Kind.RECOMMENDATION));
  }

  private static Set<String> concluded(Kind kind) {
    return ShippedKbase.get().rules().all().stream()
        .flatMap((RuleInfo r) -> r.conclusionsMade().stream())
        .filter(ref -> ref.kind() == kind)
        .map(ConclusionRef::id)
        .collect(Collectors.toSet());
  }

  private static Set<String> ids(Function<Scenario, List<String>> entries) {
    Pattern urgency = Pattern.compile("\\s*\\(.*\\)\\s*$");
    return scenarios.stream()
        .flatMap(s -> entries.apply(s).stream())
        .map(e -> urgency.matcher(e).replaceAll(""))
        .collect(Collectors.toSet());
  }
}
