package dev.heavylegs.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.interview.Interview;
import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many questions an interview asks: simulated runners (profiles from {@code
 * bench/make-profiles.py}) answer whatever the real {@link Interview} asks from their profile
 * (Enter for what it leaves out, "go on" after a red flag), and the count is compared with the
 * catalogue. Each runner's final conclusions are checked against the report on the whole profile:
 * an interview that asks fewer questions must not conclude anything else. Run by {@code
 * bench/questions.sh}.
 *
 * <pre>java ... dev.heavylegs.bench.QuestionCount PROFILES.jsonl [KBASE_DIR] [LIMIT]</pre>
 */
public final class QuestionCount {

  private QuestionCount() {}

  public static void main(String[] args) throws Exception {
    Path profilesFile = Path.of(args[0]);
    KnowledgeBase knowledgeBase =
        KnowledgeBaseLoader.load(Path.of(args.length > 1 ? args[1] : "kbase"));
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    List<ObjectNode> profiles = Profiles.trees(profilesFile, knowledgeBase.questions(), limit);
    AnswersReader reader = new AnswersReader(knowledgeBase.questions());
    ReportBuilder reports = new ReportBuilder(knowledgeBase);
    Samples asked = new Samples();
    Map<String, Integer> askedOf = new java.util.TreeMap<>(); // question -> runners asked it
    int differing = 0;
    for (ObjectNode profile : profiles) {
      Counting runner = new Counting(profile);
      Interview.Result result =
          new Interview(knowledgeBase, runner, Optional.empty())
              .run(new Answers(Map.of(), Set.of()));
      if (result.ending() != Interview.Ending.COMPLETED) {
        throw new IllegalStateException("an interview ended " + result.ending() + ": " + profile);
      }
      asked.add(runner.asked.size());
      runner.asked.forEach(q -> askedOf.merge(q, 1, Integer::sum));
      Answers all = reader.fromTree(profilesFile.toString(), profile);
      Report full = reports.build(Consultation.run(knowledgeBase, all), all);
      if (!sameConclusions(full, result.report())) {
        differing++;
        List<String> whole = key(full);
        List<String> interviewed = key(result.report());
        System.err.println(
            "different conclusions for "
                + profile
                + "\n  asked "
                + runner.asked
                + "\n  only with every answer: "
                + whole.stream().filter(k -> !interviewed.contains(k)).toList()
                + "\n  only in the interview: "
                + interviewed.stream().filter(k -> !whole.contains(k)).toList());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d runners, %d questions in the catalogue: questions asked median %.0f, p90 %.0f, mean %.1f,"
            + " max %.0f; conclusions different from the whole profile's: %d%n",
        profiles.size(),
        knowledgeBase.questions().all().size(),
        asked.percentile(50),
        asked.percentile(90),
        asked.mean(),
        asked.max(),
        differing);
    // Which questions are asked of (nearly) every runner: the floor any order has to pay.
    System.out.println("runners asked each question:");
    askedOf.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
  }

  /**
   * Causes (with strengths), conditions, referrals (with urgency) and recommendations alike. As
   * sets: causes of equal strength may be listed in either order.
   */
  static boolean sameConclusions(Report a, Report b) {
    return Set.copyOf(key(a)).equals(Set.copyOf(key(b)));
  }

  static List<String> key(Report report) {
    List<String> key = new ArrayList<>();
    report.causes().forEach(c -> key.add("cause " + c.id() + " " + c.strength()));
    report.conditions().forEach(c -> key.add("condition " + c.id()));
    report.redFlags().forEach(r -> key.add("referral " + r.id() + " " + r.urgency()));
    report.referrals().forEach(r -> key.add("referral " + r.id() + " " + r.urgency()));
    report.recommendations().forEach(r -> key.add("recommendation " + r.id()));
    return key;
  }

  /** Answers from the profile and notes each question asked. */
  private static final class Counting implements Conversation {
    private static final Pattern ASKED =
        Pattern.compile("^\\n?\\d+\\. .*\\[([a-z0-9-]+)]$", Pattern.MULTILINE);
    private final ObjectNode profile;
    final List<String> asked = new ArrayList<>();
    private String current;

    Counting(ObjectNode profile) {
      this.profile = profile;
    }

    @Override
    public String readLine(String prompt, List<String> completions) {
      if (!prompt.equals("> ")) {
        return prompt.toLowerCase(Locale.ROOT).contains("go on") ? "go on" : "";
      }
      return SimulatedRunner.typed(profile.get(current));
    }

    @Override
    public void show(String text) {
      Matcher m = ASKED.matcher(text);
      if (m.find()) {
        current = m.group(1);
        asked.add(current);
      }
    }
  }
}
