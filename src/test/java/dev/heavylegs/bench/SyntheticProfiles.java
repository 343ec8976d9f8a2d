package dev.heavylegs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Writes random runner profiles for a {@link SyntheticKbase} of the same rule count, as JSON Lines
 * (the batch input, with an {@code "id"}): the synthetic counterpart of {@code
 * bench/make-profiles.py}. Every symptoms question is answered (red flags rare, aches less so);
 * each topic question is answered nine times in ten, so some stay unknown. The same seed gives the
 * same file.
 *
 * <pre>java ... dev.heavylegs.bench.SyntheticProfiles RULES COUNT [SEED] &gt; profiles.jsonl</pre>
 */
public final class SyntheticProfiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KINDS = List.of("mild", "moderate", "severe");

  private SyntheticProfiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticProfiles RULES COUNT [SEED]");
      System.exit(2);
    }
    List<SyntheticTopic> topics = SyntheticKbase.topics(Integer.parseInt(args[0]));
    int count = Integer.parseInt(args[1]);
    Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    for (int i = 0; i < count; i++) {
      out.write(JSON.writeValueAsString(profile(topics, random, i)));
      out.write('\n');
    }
    out.flush();
  }

  static ObjectNode profile(List<SyntheticTopic> topics, Random random, int id) {
    ObjectNode p = JSON.createObjectNode();
    p.put("id", id);
    for (int group = 1; group <= SyntheticKbase.symptomGroups(topics); group++) {
      ArrayNode signs = p.putArray(SyntheticTopic.symptomsQuestion(group));
      for (SyntheticTopic topic : topics) {
        if (topic.symptomGroup() == group) {
          if (random.nextDouble() < 0.01) {
            signs.add(topic.redFlagSign());
          }
          if (random.nextDouble() < 0.12) {
            signs.add(topic.achingSign());
          }
        }
      }
    }
    for (SyntheticTopic topic : topics) {
      String q = topic.name();
      // Drawn whether answered or not, so that the answers of one topic do not shift the others'.
      int level = random.nextInt(101);
      int sessions = random.nextInt(13);
      String kind = KINDS.get(random.nextInt(KINDS.size()));
      boolean flag = random.nextDouble() < 0.35;
      if (random.nextDouble() < 0.9) {
        p.put(q + "-level", level);
      }
      if (random.nextDouble() < 0.9) {
        p.put(q + "-sessions", sessions);
      }
      if (random.nextDouble() < 0.9) {
        p.put(q + "-kind", kind);
      }
      if (random.nextDouble() < 0.9) {
        p.put(q + "-flag", flag);
      }
    }
    return p;
  }
}
