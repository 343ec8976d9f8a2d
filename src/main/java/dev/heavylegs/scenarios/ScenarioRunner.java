package dev.heavylegs.scenarios;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.AnswersReader;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a scenario as a real consultation and compares the report with what the scenario expects.
 */
public final class ScenarioRunner {

  private static final Pattern REFERRAL = Pattern.compile("^\\s*([\\w-]+)\\s*(?:\\((\\w+)\\))?\\s*$");

  private final KnowledgeBase knowledgeBase;

  public ScenarioRunner(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** The ways the report differs from the scenario; empty when the scenario passes. */
  public List<String> failures(Scenario scenario) {
    Answers answers;
    try {
      answers = new AnswersReader(knowledgeBase.questions())
          .fromTree(scenario.file() + ":" + scenario.line(), scenario.answers());
    } catch (InvalidAnswerException e) {
      return List.of("invalid answers: " + e.getMessage());
    }
    Report report = new ReportBuilder(knowledgeBase).build(Consultation.run(knowledgeBase, answers), answers);
    List<String> failures = new ArrayList<>();
    Map<String, String> causes = ids(report.causes().stream().map(Report.CauseItem::id), c -> "");
    Map<String, String> conditions = ids(report.conditions().stream().map(Report.ConditionItem::id), c -> "");
    Map<String, String> recommendations = ids(report.recommendations().stream()
        .map(Report.RecommendationItem::id), c -> "");
    Map<String, String> referrals = Stream.concat(report.redFlags().stream(), report.referrals().stream())
        .collect(Collectors.toMap(Report.ReferralItem::id, Report.ReferralItem::urgency, (a, b) -> a,
            java.util.LinkedHashMap::new));

    Scenario.Outcome expect = scenario.expect();
    if (expect.topCause() != null) {
      String top = report.causes().isEmpty() ? "none" : report.causes().get(0).id();
      if (!top.equals(expect.topCause())) {
        failures.add("expected top cause " + expect.topCause() + ", got " + top
            + " (ranked: " + report.causes().stream().map(c -> c.id() + " " + c.strength())
                .collect(Collectors.joining(", ")) + ")");
      }
    }
    present("cause", expect.causes(), causes, failures);
    present("condition", expect.conditions(), conditions, failures);
    present("recommendation", expect.recommendations(), recommendations, failures);
    present("referral", expect.referrals(), referrals, failures);
    Scenario.Outcome absent = scenario.absent();
    missing("cause", absent.causes(), causes, failures);
    missing("condition", absent.conditions(), conditions, failures);
    missing("recommendation", absent.recommendations(), recommendations, failures);
    missing("referral", absent.referrals(), referrals, failures);
    return failures;
  }

  private static Map<String, String> ids(Stream<String> ids, Function<String, String> value) {
    return ids.collect(Collectors.toMap(id -> id, value, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static void present(String kind, List<String> wanted, Map<String, String> found,
      List<String> failures) {
    for (String entry : wanted) {
      Matcher m = REFERRAL.matcher(entry);
      String id = m.matches() ? m.group(1) : entry;
      String urgency = m.matches() ? m.group(2) : null;
      if (!found.containsKey(id)) {
        failures.add("expected " + kind + " " + id + ", but it was not concluded (got: "
            + (found.isEmpty() ? "none" : String.join(", ", found.keySet())) + ")");
      } else if (urgency != null && !urgency.equals(found.get(id))) {
        failures.add("expected " + kind + " " + id + " with urgency " + urgency + ", got " + found.get(id));
      }
    }
  }

  private static void missing(String kind, List<String> unwanted, Map<String, String> found,
      List<String> failures) {
    for (String entry : unwanted) {
      Matcher m = REFERRAL.matcher(entry);
      String id = m.matches() ? m.group(1) : entry;
      if (found.containsKey(id)) {
        failures.add(kind + " " + id + " must not be concluded, but it was");
      }
    }
  }
}
