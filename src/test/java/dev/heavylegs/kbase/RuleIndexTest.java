package dev.heavylegs.kbase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.facts.Conclusion;
import org.junit.jupiter.api.Test;

/** What the open-question analysis reads off the rules once per knowledge base. */
class RuleIndexTest {

  private final RuleIndex rules = ShippedKbase.get().rules();

  @Test
  void makersAndReadersOfAConclusionAreTheRulesThatMakeAndReadIt_inFileOrder() {
    for (ConclusionRef conclusion : rules.makers().keySet()) {
      assertThat(rules.makersOf(conclusion))
          .containsExactlyElementsOf(
              rules.list().stream().filter(r -> r.conclusionsMade().contains(conclusion)).toList());
      assertThat(rules.readersOf(conclusion))
          .containsExactlyElementsOf(
              rules.list().stream().filter(r -> r.conclusionsRead().contains(conclusion)).toList());
    }
    assertThat(rules.makersOf(new ConclusionRef(Conclusion.Kind.CAUSE, "no-such-cause"))).isEmpty();
  }

  @Test
  void everyRuleHasItsPlaceInTheList() {
    for (int i = 0; i < rules.list().size(); i++) {
      assertThat(rules.positionOf(rules.list().get(i))).isEqualTo(i);
    }
    assertThat(rules.list()).containsExactlyElementsOf(rules.all());
  }
}
