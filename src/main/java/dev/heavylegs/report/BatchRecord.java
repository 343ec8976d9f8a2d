package dev.heavylegs.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact report of one profile in a batch: cause ids ranked with their strength, condition
 * ids, recommendation ids, referrals with urgency (red flags first), whether the red-flag
 * questions were answered, and the explanations unless left out. Ids only: a batch feeds programs.
 */
public final class BatchRecord {

  private BatchRecord() {}

  /**
   * The record for {@code report}, JSON-ready.
   *
   * @param id the profile's {@code id}, echoed back (null when it had none)
   * @param redFlagsChecked whether every question a red-flag rule reads was answered
   * @param explain whether to include the explanation of each conclusion
   */
  public static Map<String, Object> of(Object id, Report report, boolean redFlagsChecked, boolean explain) {
    Map<String, Object> record = new LinkedHashMap<>();
    if (id != null) {
      record.put("id", id);
    }
    record.put("causes", report.causes().stream().map(c -> item(c.id(), c.explanation(), explain,
        Map.of("strength", c.strength()))).toList());
    record.put("conditions", report.conditions().stream()
        .map(c -> explain ? item(c.id(), c.explanation(), true, Map.of()) : (Object) c.id()).toList());
    record.put("recommendations", report.recommendations().stream().map(Report.RecommendationItem::id).toList());
    record.put("referrals", java.util.stream.Stream.concat(report.redFlags().stream(), report.referrals().stream())
        .map(r -> item(r.id(), r.explanation(), explain, Map.of("urgency", r.urgency()))).toList());
    record.put("redFlagsChecked", redFlagsChecked);
    return record;
  }

  private static Map<String, Object> item(String id, List<dev.heavylegs.explain.Reason> explanation,
      boolean explain, Map<String, Object> extra) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.putAll(extra);
    if (explain) {
      item.put("explanation", JsonReportWriter.explanation(explanation));
    }
    return item;
  }
}
