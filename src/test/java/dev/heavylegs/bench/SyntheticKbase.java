package dev.heavylegs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a synthetic knowledge base of exactly N rules, laid out and written like the shipped
 * {@code kbase/}: questions, threshold rows in a decision table, condition, cause, recommendation
 * and referral rules with {@code @id}, {@code @source} (and {@code @weight} on causes), wording for
 * every conclusion, {@code report.yaml}, and scenarios for every cause and referral. It is made of
 * {@link SyntheticTopic}s of 15 rules, plus padding rules spread over them to reach N; the shipped
 * mix is about 40 % conditions, 24 % causes, 22 % recommendations, 13 % referrals, the synthetic
 * one 47 %, 20 %, 20 %, 13 %.
 *
 * <pre>java ... dev.heavylegs.bench.SyntheticKbase RULES DIR</pre>
 */
public final class SyntheticKbase {

  /**
   * Topics that share one multi-choice symptoms question, as the shipped six red flags share one.
   */
  static final int TOPICS_PER_SYMPTOMS_QUESTION = 6;

  private SyntheticKbase() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SyntheticKbase RULES DIR");
      System.exit(2);
    }
    int rules = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    List<SyntheticTopic> topics = write(rules, dir);
    System.out.printf(
        Locale.ROOT, "%s: %d rules, %d questions%n", dir, rules, questionCount(topics));
  }

  /** The topics of a base with exactly {@code rules} rules. */
  static List<SyntheticTopic> topics(int rules) {
    int count = Math.max(1, rules / SyntheticTopic.RULES);
    int padding = rules - count * SyntheticTopic.RULES;
    if (padding < 0 || padding > count * SyntheticTopic.MAX_PADDING) {
      throw new IllegalArgumentException(
          "cannot make a synthetic base of "
              + rules
              + " rules (at least "
              + SyntheticTopic.RULES
              + ")");
    }
    List<SyntheticTopic> topics = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int extra = padding / count + (i <= padding % count ? 1 : 0);
      topics.add(
          new SyntheticTopic(i, i % count + 1, (i - 1) / TOPICS_PER_SYMPTOMS_QUESTION + 1, extra));
    }
    return topics;
  }

  static int questionCount(List<SyntheticTopic> topics) {
    return topics.size() * 4 + symptomGroups(topics);
  }

  static int symptomGroups(List<SyntheticTopic> topics) {
    return topics.get(topics.size() - 1).symptomGroup();
  }

  /** Writes the base into {@code dir} (created if needed; files of the same name are replaced). */
  static List<SyntheticTopic> write(int rules, Path dir) throws IOException {
    List<SyntheticTopic> topics = topics(rules);
    for (String sub : List.of("conditions", "causes", "referrals", "scenarios")) {
      Files.createDirectories(dir.resolve(sub));
    }
    Files.writeString(dir.resolve("questions.yaml"), questions(topics));
    Files.writeString(dir.resolve("report.yaml"), REPORT);
    StringBuilder thresholds = new StringBuilder(THRESHOLDS_HEADER);
    StringBuilder redFlags =
        new StringBuilder(
            String.format(REFERRALS_HEADER, "Red flags: warning signs that need a doctor first."));
    StringBuilder redFlagWording =
        new StringBuilder("# Wording for the red flags in red-flags.drl.\nreferrals:\n");
    StringBuilder routine =
        new StringBuilder(
            String.format(REFERRALS_HEADER, "Routine referrals: when to see a doctor."));
    StringBuilder routineWording =
        new StringBuilder("# Wording for the referrals in see-a-doctor.drl.\nreferrals:\n");
    for (SyntheticTopic topic : topics) {
      thresholds.append(topic.thresholdRows());
      Files.writeString(dir.resolve("conditions/" + topic.name() + ".drl"), topic.conditionRules());
      Files.writeString(
          dir.resolve("conditions/" + topic.name() + ".yaml"), topic.conditionWording());
      Files.writeString(dir.resolve("causes/" + topic.cause() + ".drl"), topic.causeRules());
      Files.writeString(dir.resolve("causes/" + topic.cause() + ".yaml"), topic.causeWording());
      Files.writeString(dir.resolve("scenarios/" + topic.name() + ".yaml"), topic.scenarios());
      redFlags.append(topic.redFlagRule());
      redFlagWording.append(topic.redFlagWording());
      routine.append(topic.routineReferralRule());
      routineWording.append(topic.routineReferralWording());
    }
    Files.writeString(dir.resolve("conditions/thresholds.drl.csv"), thresholds);
    Files.writeString(dir.resolve("referrals/red-flags.drl"), redFlags);
    Files.writeString(dir.resolve("referrals/red-flags.yaml"), redFlagWording);
    Files.writeString(dir.resolve("referrals/see-a-doctor.drl"), routine);
    Files.writeString(dir.resolve("referrals/see-a-doctor.yaml"), routineWording);
    return topics;
  }

  /** The catalogue: the symptoms questions first (red-flag screening), then each topic's four. */
  private static String questions(List<SyntheticTopic> topics) {
    StringBuilder yaml =
        new StringBuilder(
            """
        # The question catalogue of a synthetic knowledge base, generated for the benchmarks
        # (src/test/java/dev/heavylegs/bench/SyntheticKbase.java).

        questions:

          # --- Red-flag screening -------------------------------------------------------------------
        """);
    for (int group = 1; group <= symptomGroups(topics); group++) {
      yaml.append(
          String.format(
              Locale.ROOT,
              """

            - id: %s
              prompt: Which of these signs do you have? (choose all that apply, or none)
              type: multi-choice
              choices:
          """,
              SyntheticTopic.symptomsQuestion(group)));
      for (SyntheticTopic topic : topics) {
        if (topic.symptomGroup() == group) {
          yaml.append(topic.symptomChoices());
        }
      }
      yaml.append("    help: Pick every sign you have had in the last few weeks.\n");
    }
    topics.forEach(topic -> yaml.append(topic.questions()));
    return yaml.toString();
  }

  private static final String REPORT =
      """
      # Wording of the report itself, for a synthetic knowledge base generated for the benchmarks.
      disclaimer: >
        heavylegs gives general guidance from your answers; it is not a diagnosis and does not replace
        a doctor, a physiotherapist or a coach.
      no-cause: >
        None of the synthetic causes fits your answers. Take a few easy days and answer the open
        questions below if you can.
      no-cause-with-red-flag: >
        None of the synthetic causes fits your answers. Follow the red-flag advice above first.
      red-flags-not-checked: >
        You did not answer the questions about warning signs, so this report cannot rule them out.
      red-flag-intro: >
        Some of your answers need a doctor before anything else. Read this first.
      """;

  /**
   * The header rows of the shipped thresholds table (quotes written as ' to keep the text block
   * readable).
   */
  private static final String THRESHOLDS_HEADER =
      """
      'RuleSet','heavylegs.thresholds'
      'Import','dev.heavylegs.facts.*'
      'Notes','Thresholds of a synthetic knowledge base generated for the benchmarks. One row is one rule.'
      '',''
      'RuleTable Thresholds'
      'NAME','METADATA','METADATA','CONDITION','CONDITION','CONDITION','CONDITION','ACTION'
      '','','','Answer...','Answer...','Answer...','Answer...',''
      '','id(''$param'')','source(''$param'')','question == ''$param''','number >= $param','number > $param','number < $param','insertLogical( new Condition( ''$param'' ) );'
      'Rule','Id','Source','When the answer to','is at least','is more than','is less than','the condition holds'
      """
          .replace('\'', '"');

  private static final String REFERRALS_HEADER =
      """
      package heavylegs.referrals;

      import dev.heavylegs.facts.*;

      /*
       * %s Synthetic rules generated for the benchmarks.
       */
      """;
}
