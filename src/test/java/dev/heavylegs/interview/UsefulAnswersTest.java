package dev.heavylegs.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.OpenRules;
import dev.heavylegs.relevance.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which answers are still useful decides which follow-ups a revision drops. The interview takes a
 * shortcut (a rule that does not fail now cannot fail without one of its answers); it must agree
 * with working out every what-if in full.
 */
class UsefulAnswersTest {

  private final KnowledgeBase knowledgeBase = ShippedKbase.get();

  private Answers randomAnswers(Random random) throws Exception {
    Map<String, GivenAnswer> given = new LinkedHashMap<>();
    for (Question q : knowledgeBase.questions().all()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      List<String> choices = new ArrayList<>(q.choices().keySet());
      String json = switch (q.type()) {
        case NUMBER, INTEGER -> Long.toString(Math.round(q.min() + random.nextDouble() * (q.max() - q.min())));
        case BOOLEAN -> random.nextBoolean() ? "true" : "false";
        case CHOICE -> "\"" + choices.get(random.nextInt(choices.size())) + "\"";
        case MULTI_CHOICE -> choices.stream().filter(c -> random.nextInt(3) == 0)
            .map(c -> "\"" + c + "\"").toList().toString();
      };
      given.put(q.id(), AnswerParser.parse(q, dev.heavylegs.json.JsonTrees.parse(json)));
    }
    return new Answers(given, Set.of());
  }

  /** Every what-if worked out: the answer taken away, is some rule reading it still not failing? */
  private Set<String> usefulInFull(Answers answers) {
    Inference inference = Consultation.run(knowledgeBase, answers);
    Set<String> useful = new LinkedHashSet<>();
    for (String id : answers.given().keySet()) {
      Map<String, GivenAnswer> without = new LinkedHashMap<>(answers.given());
      without.remove(id);
      OpenRules hypothetical = new OpenRules(knowledgeBase, new Answers(without, Set.of()), inference);
      if (knowledgeBase.rules().all().stream()
          .anyMatch(r -> r.questionsRead().contains(id) && hypothetical.truthOf(r) != Truth.FALSE)) {
        useful.add(id);
      }
    }
    return useful;
  }

  @Test
  void theShortcutAgreesWithEveryWhatIfWorkedOut() throws Exception {
    Random random = new Random(7);
    int notAllUseful = 0;
    for (int i = 0; i < 60; i++) {
      Answers answers = randomAnswers(random);
      try (AnswerState state = new AnswerState(knowledgeBase, answers)) {
        Set<String> expected = usefulInFull(answers);
        assertThat(state.usefulAnswers()).as("runner %d", i).isEqualTo(expected);
        notAllUseful += expected.size() < answers.given().size() ? 1 : 0;
      }
    }
    assertThat(notAllUseful).as("runners with an answer no rule can use").isPositive();
  }
}
