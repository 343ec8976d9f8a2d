package dev.heavylegs.report.write;

import dev.heavylegs.kbase.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** A rule as JSON reports and {@code heavylegs rules --json} show it: id, name, where, source. */
public final class RuleJson {

  private RuleJson() {}

  /** The rule's fields, JSON-ready, in the order they are written. */
  public static Map<String, Object> of(RuleInfo rule) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", rule.id());
    m.put("name", rule.name());
    m.put("file", rule.file());
    if (rule.table().isEmpty()) {
      m.put("line", rule.line());
    } else {
      m.put("table", rule.table());
      m.put("row", rule.line());
    }
    m.put("source", rule.source());
    return m;
  }
}
