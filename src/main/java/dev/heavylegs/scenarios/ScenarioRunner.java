package dev.heavylegs.scenarios;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.relevance.WhyNot;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.write.TextReportWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a scenario as a real consultation and compares the report with what the scenario expects.
 */
public final class ScenarioRunner {

  private static final Pattern REFERRAL =
      Pattern.compile("^\\s*([\\w-]+)\\s*(?:\\((\\w+)\\))?\\s*$");

  private final KnowledgeBase knowledgeBase;

  public ScenarioRunner(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** The ways the report differs from the scenario; empty when the scenario passes. */
  public List<String> failures(Scenario scenario) {
    return run(scenario).failures().stream().map(ScenarioResult.Failure::message).toList();
  }

  /**
   * What is wrong with {@code scenario} itself, found without running it: answers its questions do
   * not accept, and ids no rule concludes. {@code validate} reports these, so that a scenario with
   * a misspelt id or an out-of-range answer does not wait for {@code test} to fail.
   */
  public List<String> mistakes(Scenario scenario) {
    String where = scenario.file() + ":" + scenario.line();
    try {
      new AnswersReader(knowledgeBase.questions()).fromTree(where, scenario.answers());
    } catch (InvalidAnswerException e) {
      // the caller names the place already
      return List.of("invalid answers: " + e.getMessage().replace(where + ": ", ""));
    }
    return unknownIds(scenario).stream().map(ScenarioResult.Failure::message).toList();
  }

  /**
   * Runs {@code scenario}: what differs from what it expects, each difference with the explanation
   * of the conclusion that came out unexpectedly or of why an expected one did not, and which rules
   * fired.
   */
  public ScenarioResult run(Scenario scenario) {
    Answers answers;
    try {
      answers =
          new AnswersReader(knowledgeBase.questions())
              .fromTree(scenario.file() + ":" + scenario.line(), scenario.answers());
    } catch (InvalidAnswerException e) {
      return new ScenarioResult(
          scenario,
          List.of(new ScenarioResult.Failure("invalid answers: " + e.getMessage(), "")),
          Set.of());
    }
    List<ScenarioResult.Failure> unknownIds = unknownIds(scenario);
    if (!unknownIds.isEmpty()) {
      return new ScenarioResult(scenario, unknownIds, Set.of());
    }
    Inference inference = Consultation.run(knowledgeBase, answers);
    Report report = new ReportBuilder(knowledgeBase).build(inference, answers);
    Explainer explainer =
        new Explainer(report, new RuleAssessment(knowledgeBase, answers, inference));
    List<ScenarioResult.Failure> failures = new ArrayList<>();
    Map<String, String> causes = ids(report.causes().stream().map(Report.CauseItem::id), c -> "");
    Map<String, String> conditions =
        ids(report.conditions().stream().map(Report.ConditionItem::id), c -> "");
    Map<String, String> recommendations =
        ids(report.recommendations().stream().map(Report.RecommendationItem::id), c -> "");
    Map<String, String> referrals =
        Stream.concat(report.redFlags().stream(), report.referrals().stream())
            .collect(
                Collectors.toMap(
                    Report.ReferralItem::id,
                    Report.ReferralItem::urgency,
                    (a, b) -> a,
                    LinkedHashMap::new));

    Scenario.Outcome expect = scenario.expect();
    if (expect.topCause() != null) {
      String top = report.causes().isEmpty() ? "none" : report.causes().get(0).id();
      if (!top.equals(expect.topCause())) {
        failures.add(
            new ScenarioResult.Failure(
                "expected top cause "
                    + expect.topCause()
                    + ", got "
                    + top
                    + " (ranked: "
                    + report.causes().stream()
                        .map(c -> c.id() + " " + c.strength())
                        .collect(Collectors.joining(", "))
                    + ")",
                report.causes().isEmpty()
                    ? explainer.whyNot(Kind.CAUSE, expect.topCause())
                    : explainer.how(top)));
      }
    }
    present(Kind.CAUSE, expect.causes(), causes, failures, explainer);
    strengths(expect.strengths(), report, failures, explainer);
    ranking(expect.ranking(), report, failures);
    present(Kind.CONDITION, expect.conditions(), conditions, failures, explainer);
    present(Kind.RECOMMENDATION, expect.recommendations(), recommendations, failures, explainer);
    present(Kind.REFERRAL, expect.referrals(), referrals, failures, explainer);
    Scenario.Outcome absent = scenario.absent();
    missing(Kind.CAUSE, absent.causes(), causes, failures, explainer);
    missing(Kind.CONDITION, absent.conditions(), conditions, failures, explainer);
    missing(Kind.RECOMMENDATION, absent.recommendations(), recommendations, failures, explainer);
    missing(Kind.REFERRAL, absent.referrals(), referrals, failures, explainer);
    questionsAsked(scenario, answers, failures);
    Set<String> fired =
        inference.all().values().stream()
            .flatMap(List::stream)
            .map(d -> d.rule().id())
            .collect(Collectors.toSet());
    return new ScenarioResult(scenario, failures, fired);
  }

  /**
   * Ids the scenario names that no rule concludes: a misspelt id would make an "absent" check pass
   * whatever the rules do.
   */
  private List<ScenarioResult.Failure> unknownIds(Scenario scenario) {
    Set<ConclusionRef> known =
        knowledgeBase.rules().all().stream()
            .flatMap(r -> r.conclusionsMade().stream())
            .collect(Collectors.toSet());
    List<ScenarioResult.Failure> failures = new ArrayList<>();
    for (String question : concat(scenario.asked(), scenario.notAsked())) {
      if (knowledgeBase.questions().find(question).isEmpty()) {
        failures.add(
            new ScenarioResult.Failure(
                "the scenario names question '"
                    + question
                    + "', which is not in the question catalogue (misspelt id?)",
                ""));
      }
    }
    for (Scenario.Outcome outcome : List.of(scenario.expect(), scenario.absent())) {
      List<Map.Entry<Kind, String>> named = new ArrayList<>();
      if (outcome.topCause() != null) {
        named.add(Map.entry(Kind.CAUSE, outcome.topCause()));
      }
      outcome.causes().forEach(id -> named.add(Map.entry(Kind.CAUSE, id)));
      outcome.strengths().keySet().forEach(id -> named.add(Map.entry(Kind.CAUSE, id)));
      outcome.ranking().forEach(id -> named.add(Map.entry(Kind.CAUSE, id)));
      outcome.conditions().forEach(id -> named.add(Map.entry(Kind.CONDITION, id)));
      outcome.recommendations().forEach(id -> named.add(Map.entry(Kind.RECOMMENDATION, id)));
      outcome
          .referrals()
          .forEach(
              entry -> {
                Matcher m = REFERRAL.matcher(entry);
                named.add(Map.entry(Kind.REFERRAL, m.matches() ? m.group(1) : entry));
              });
      for (Map.Entry<Kind, String> ref : named) {
        if (!known.contains(new ConclusionRef(ref.getKey(), ref.getValue()))) {
          failures.add(
              new ScenarioResult.Failure(
                  "the scenario names "
                      + ref.getKey().label()
                      + " '"
                      + ref.getValue()
                      + "', which no rule concludes (misspelt id?)",
                  ""));
        }
      }
    }
    return failures;
  }

  /** Explains a conclusion that came out ({@code how}) or one that did not ({@code whynot}). */
  private final class Explainer {
    private final Report report;
    private final RuleAssessment open;

    Explainer(Report report, RuleAssessment open) {
      this.report = report;
      this.open = open;
    }

    String how(String id) {
      return report
          .find(id)
          .map(
              e ->
                  e.title()
                      + " ("
                      + e.kind()
                      + ")\n"
                      + TextReportWriter.explanation(e.explanation()).stripTrailing())
          .orElse("");
    }

    String whyNot(Kind kind, String id) {
      return new WhyNot(knowledgeBase).explainFinal(new ConclusionRef(kind, id), open);
    }
  }

  private static Map<String, String> ids(Stream<String> ids, Function<String, String> value) {
    return ids.collect(Collectors.toMap(id -> id, value, (a, b) -> a, LinkedHashMap::new));
  }

  private static void present(
      Kind kind,
      List<String> wanted,
      Map<String, String> found,
      List<ScenarioResult.Failure> failures,
      Explainer explainer) {
    for (String entry : wanted) {
      Matcher m = REFERRAL.matcher(entry);
      String id = m.matches() ? m.group(1) : entry;
      String urgency = m.matches() ? m.group(2) : null;
      if (!found.containsKey(id)) {
        failures.add(
            new ScenarioResult.Failure(
                "expected "
                    + kind.label()
                    + " "
                    + id
                    + ", but it was not concluded (got: "
                    + (found.isEmpty() ? "none" : String.join(", ", found.keySet()))
                    + ")",
                explainer.whyNot(kind, id)));
      } else if (urgency != null && !urgency.equals(found.get(id))) {
        failures.add(
            new ScenarioResult.Failure(
                "expected "
                    + kind.label()
                    + " "
                    + id
                    + " with urgency "
                    + urgency
                    + ", got "
                    + found.get(id),
                explainer.how(id)));
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The questions named under {@code asked:} and {@code not-asked:}, in an interview. */
  private void questionsAsked(
      Scenario scenario, Answers answers, List<ScenarioResult.Failure> failures) {
    if (scenario.asked().isEmpty() && scenario.notAsked().isEmpty()) {
      return;
    }
    List<String> asked = QuestionsAsked.of(knowledgeBase, answers);
    String shown = asked.isEmpty() ? "none" : String.join(", ", asked);
    for (String id : scenario.asked()) {
      if (!asked.contains(id)) {
        failures.add(
            new ScenarioResult.Failure(
                "expected question " + id + " to be asked, but it was not (asked: " + shown + ")",
                ""));
      }
    }
    for (String id : scenario.notAsked()) {
      if (asked.contains(id)) {
        failures.add(
            new ScenarioResult.Failure(
                "question "
                    + id
                    + " must not be asked, but it was, as question "
                    + (asked.indexOf(id) + 1)
                    + " (asked: "
                    + shown
                    + ")",
                ""));
      }
    }
  }

  /** The causes named under {@code ranking:} are the first ones, in that order. */
  private static void ranking(
      List<String> expected, Report report, List<ScenarioResult.Failure> failures) {
    List<String> ranked = report.causes().stream().map(Report.CauseItem::id).toList();
    if (!expected.isEmpty()
        && !ranked.subList(0, Math.min(expected.size(), ranked.size())).equals(expected)) {
      failures.add(
          new ScenarioResult.Failure(
              "expected the causes ranked "
                  + String.join(", ", expected)
                  + ", got "
                  + (ranked.isEmpty()
                      ? "none"
                      : report.causes().stream()
                          .map(c -> c.id() + " " + c.strength())
                          .collect(Collectors.joining(", "))),
              ""));
    }
  }

  /** Each cause named under {@code strength:} came out with exactly that strength. */
  private static void strengths(
      Map<String, Integer> expected,
      Report report,
      List<ScenarioResult.Failure> failures,
      Explainer explainer) {
    expected.forEach(
        (id, strength) -> {
          var found = report.causes().stream().filter(c -> c.id().equals(id)).findFirst();
          if (found.isEmpty()) {
            failures.add(
                new ScenarioResult.Failure(
                    "expected cause "
                        + id
                        + " with strength "
                        + strength
                        + ", but it was not concluded",
                    explainer.whyNot(Kind.CAUSE, id)));
          } else if (found.get().strength() != strength) {
            failures.add(
                new ScenarioResult.Failure(
                    "expected cause "
                        + id
                        + " with strength "
                        + strength
                        + ", got "
                        + found.get().strength(),
                    explainer.how(id)));
          }
        });
  }

  private static void missing(
      Kind kind,
      List<String> unwanted,
      Map<String, String> found,
      List<ScenarioResult.Failure> failures,
      Explainer explainer) {
    for (String entry : unwanted) {
      Matcher m = REFERRAL.matcher(entry);
      String id = m.matches() ? m.group(1) : entry;
      if (found.containsKey(id)) {
        failures.add(
            new ScenarioResult.Failure(
                kind.label() + " " + id + " must not be concluded, but it was", explainer.how(id)));
      }
    }
  }
}
