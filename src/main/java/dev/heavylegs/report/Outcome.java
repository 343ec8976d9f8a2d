package dev.heavylegs.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a consultation concluded, by id only: enough to compare two consultations (before and after
 * a changed answer, or a saved consultation against a changed knowledge base) and to save.
 *
 * @param causes cause ids, strongest first
 * @param conditions condition ids
 * @param recommendations recommendation ids
 * @param referrals referral id to urgency name, red flags first
 * @param titles the title of every id above, for showing differences
 */
public record Outcome(
    List<String> causes,
    List<String> conditions,
    List<String> recommendations,
    Map<String, String> referrals,
    Map<String, String> titles) {

  public Outcome {
    causes = List.copyOf(causes);
    conditions = List.copyOf(conditions);
    recommendations = List.copyOf(recommendations);
    referrals = Collections.unmodifiableMap(new LinkedHashMap<>(referrals));
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
  }

  /** The outcome of {@code report}. */
  public static Outcome of(Report report) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> referrals = new LinkedHashMap<>();
    for (Report.ReferralItem item : concat(report.redFlags(), report.referrals())) {
      referrals.put(item.id(), item.urgency());
      titles.put(item.id(), item.title());
    }
    report.causes().forEach(c -> titles.put(c.id(), c.title()));
    report.conditions().forEach(c -> titles.put(c.id(), c.title()));
    report.recommendations().forEach(r -> titles.put(r.id(), r.title()));
    return new Outcome(
        report.causes().stream().map(Report.CauseItem::id).toList(),
        report.conditions().stream().map(Report.ConditionItem::id).toList(),
        report.recommendations().stream().map(Report.RecommendationItem::id).toList(),
        referrals,
        titles);
  }

  /** The title of {@code id}, or the id when unknown. */
  public String titleOf(String id) {
    return titles.getOrDefault(id, id);
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
