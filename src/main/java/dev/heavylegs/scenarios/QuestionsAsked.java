package dev.heavylegs.scenarios;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.RuleAssessment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions an interactive consultation asks a runner who gives a scenario's answers: each time
 * the one that matters most (as the interview chooses it), answered from the scenario, or "don't
 * know" when the scenario leaves it out, until no open question can change a conclusion or a red
 * flag comes up (where the interview suggests stopping, and a runner who presses Enter stops).
 */
final class QuestionsAsked {

  private QuestionsAsked() {}

  static List<String> of(KnowledgeBase knowledgeBase, Answers scenario) {
    Map<String, GivenAnswer> given = new LinkedHashMap<>();
    Set<String> unknown = new HashSet<>();
    List<String> asked = new ArrayList<>();
    for (int turn = 0; turn <= knowledgeBase.questions().all().size(); turn++) {
      Answers sofar = new Answers(given, unknown);
      Inference inference = Consultation.run(knowledgeBase, sofar);
      boolean redFlag =
          inference.all().values().stream()
              .flatMap(List::stream)
              .anyMatch(d -> d.rule().raisesRedFlag());
      List<Question> open =
          new RuleAssessment(knowledgeBase, sofar, inference).questionsThatMatter();
      if (redFlag || open.isEmpty()) {
        break;
      }
      String next = open.get(0).id();
      asked.add(next);
      Optional<GivenAnswer> answer = scenario.get(next);
      if (answer.isPresent()) {
        given.put(next, answer.get());
      } else {
        unknown.add(next);
      }
    }
    return asked;
  }
}
