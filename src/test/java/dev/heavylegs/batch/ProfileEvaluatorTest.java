package dev.heavylegs.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A batch worker reuses one engine session; no runner's answers may leak into the next one's report. */
class ProfileEvaluatorTest {

  private final KnowledgeBase knowledgeBase = ShippedKbase.get();

  /** A runner who answered a random part of the catalogue with random valid answers. */
  private String randomProfile(Random random, int id) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("id", id);
    for (Question q : knowledgeBase.questions().all()) {
      if (random.nextInt(4) == 0) {
        continue; // left unanswered
      }
      List<String> choices = new ArrayList<>(q.choices().keySet());
      Object value = switch (q.type()) {
        case NUMBER -> Math.round((q.min() + random.nextDouble() * (q.max() - q.min())) * 10) / 10.0;
        case INTEGER -> (long) (q.min() + random.nextInt((int) (q.max() - q.min()) + 1));
        case BOOLEAN -> random.nextBoolean();
        case CHOICE -> choices.get(random.nextInt(choices.size()));
        case MULTI_CHOICE -> choices.stream().filter(c -> random.nextInt(3) == 0).toList();
      };
      answers.put(q.id(), value);
    }
    return JsonText.compact(answers);
  }

  @Test
  void eachProfileGetsTheReportItWouldGetAlone() {
    Random random = new Random(42);
    List<String> profiles = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      profiles.add(randomProfile(random, i));
    }
    List<String> reused = new ArrayList<>();
    try (ProfileEvaluator one = new ProfileEvaluator(knowledgeBase, true)) {
      for (int i = 0; i < profiles.size(); i++) {
        reused.add(one.evaluate(i + 1, profiles.get(i)).json());
      }
    }
    for (int i = 0; i < profiles.size(); i++) {
      try (ProfileEvaluator alone = new ProfileEvaluator(knowledgeBase, true)) {
        assertThat(reused.get(i)).as("profile %d", i).isEqualTo(alone.evaluate(i + 1, profiles.get(i)).json());
      }
    }
    // the profiles are varied enough to mean something: causes and red flags both come out
    assertThat(reused).anyMatch(r -> r.contains("\"strength\""))
        .anyMatch(r -> r.contains("\"emergency\"") || r.contains("\"urgent\""));
  }
}
