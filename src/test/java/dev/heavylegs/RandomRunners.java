package dev.heavylegs;

import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Runners who answered a random part of a catalogue with random valid answers, for tests. */
public final class RandomRunners {

  private RandomRunners() {}

  /**
   * One runner's answers, JSON-ready (numbers, booleans, strings, lists), each question left
   * unanswered with chance {@code 1/skipOneIn}.
   */
  public static Map<String, Object> answers(
      QuestionCatalogue catalogue, Random random, int skipOneIn) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question q : catalogue.all()) {
      if (random.nextInt(skipOneIn) == 0) {
        continue;
      }
      List<String> choices = new ArrayList<>(q.choices().keySet());
      answers.put(
          q.id(),
          switch (q.type()) {
            case NUMBER ->
                Math.round((q.min() + random.nextDouble() * (q.max() - q.min())) * 10) / 10.0;
            case INTEGER -> (long) (q.min() + random.nextInt((int) (q.max() - q.min()) + 1));
            case BOOLEAN -> random.nextBoolean();
            case CHOICE -> choices.get(random.nextInt(choices.size()));
            case MULTI_CHOICE -> choices.stream().filter(c -> random.nextInt(3) == 0).toList();
          });
    }
    return answers;
  }
}
