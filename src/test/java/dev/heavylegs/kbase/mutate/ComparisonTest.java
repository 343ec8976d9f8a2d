package dev.heavylegs.kbase.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static final List<String> OPERATORS = List.of(">=", ">", "<", "<=", "==", "!=");

  @Test
  void everyMoveAndFlipHasAnAnswerTheTwoJudgeDifferently() {
    for (String operator : OPERATORS) {
      for (double value : List.of(0.0, 1.27, 4.0, 25.0, 640.0)) {
        for (boolean whole : List.of(true, false)) {
          if (whole && value != Math.rint(value)) {
            continue;
          }
          Comparison written = new Comparison(operator, value);
          List<Comparison> changes = new ArrayList<>(written.moves(whole));
          written.boundaryFlip().ifPresent(changes::add);
          for (Comparison changed : changes) {
            double parting = written.partingValue(changed, whole);
            assertThat(written.holds(parting))
                .as(
                    "%s %s vs %s %s at %s",
                    operator, value, changed.operator(), changed.value(), parting)
                .isNotEqualTo(changed.holds(parting));
            if (whole) {
              assertThat(parting).isEqualTo(Math.rint(parting));
            }
          }
        }
      }
    }
  }

  @Test
  void wholeNumbersMoveByOneWhereTheFlipDoesNotAlreadyMoveThem() {
    assertThat(new Comparison(">=", 5).moves(true)).containsExactly(new Comparison(">=", 4));
    assertThat(new Comparison(">", 7).moves(true)).containsExactly(new Comparison(">", 8));
    assertThat(new Comparison("<", 4).moves(true)).containsExactly(new Comparison("<", 3));
    assertThat(new Comparison("==", 0).moves(true))
        .containsExactly(new Comparison("==", -1), new Comparison("==", 1));
  }

  @Test
  void otherNumbersMoveByATenthEachWayAndPartInTheMiddle() {
    Comparison shoes = new Comparison(">=", 640);
    assertThat(shoes.moves(false))
        .containsExactly(new Comparison(">=", 704), new Comparison(">=", 576));
    assertThat(shoes.partingValue(new Comparison(">=", 704), false)).isEqualTo(672);
    assertThat(new Comparison("<", 1.27).partingValue(new Comparison("<", 1.143), false))
        .isEqualTo(1.2);
    assertThat(new Comparison(">", 0).moves(false)).contains(new Comparison(">", 1));
  }
}
