package dev.heavylegs.scenarios;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything a scenario can assert about one consultation: the causes in rank order with their
 * strengths, the conditions, the recommendations and the referrals with their urgency.
 *
 * @param strengths the causes, strongest first, each with its strength
 * @param referrals referral id to urgency
 */
record Conclusions(
    Map<String, Integer> strengths,
    Set<String> conditions,
    Set<String> recommendations,
    Map<String, String> referrals) {

  static Conclusions of(KnowledgeBase knowledgeBase, Answers answers) {
    Inference inference = Consultation.run(knowledgeBase, answers);
    Report report = new ReportBuilder(knowledgeBase).build(inference, answers);
    Map<String, Integer> strengths = new LinkedHashMap<>();
    report.causes().forEach(c -> strengths.put(c.id(), c.strength()));
    Set<String> conditions = new LinkedHashSet<>();
    report.conditions().forEach(c -> conditions.add(c.id()));
    Set<String> recommendations = new LinkedHashSet<>();
    report.recommendations().forEach(r -> recommendations.add(r.id()));
    Map<String, String> referrals = new LinkedHashMap<>();
    Stream.concat(report.redFlags().stream(), report.referrals().stream())
        .forEach(r -> referrals.putIfAbsent(r.id(), r.urgency()));
    return new Conclusions(strengths, conditions, recommendations, referrals);
  }

  /** The cause that ranks first, or null. */
  String topCause() {
    return strengths.isEmpty() ? null : strengths.keySet().iterator().next();
  }

  /** The causes, strongest first. */
  List<String> causes() {
    return List.copyOf(strengths.keySet());
  }
}
