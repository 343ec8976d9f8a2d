package dev.heavylegs.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.RandomRunners;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.kbase.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A batch worker reuses one engine session; no runner's answers may leak into the next one's
 * report.
 */
class ProfileEvaluatorTest {

  private final KnowledgeBase knowledgeBase = ShippedKbase.get();

  private String randomProfile(Random random, int id) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", id);
    profile.putAll(RandomRunners.answers(knowledgeBase.questions(), random, 4));
    return JsonText.compact(profile);
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
        assertThat(reused.get(i))
            .as("profile %d", i)
            .isEqualTo(alone.evaluate(i + 1, profiles.get(i)).json());
      }
    }
    // the profiles are varied enough to mean something: causes and red flags both come out
    assertThat(reused)
        .anyMatch(r -> r.contains("\"strength\""))
        .anyMatch(r -> r.contains("\"emergency\"") || r.contains("\"urgent\""));
  }
}
