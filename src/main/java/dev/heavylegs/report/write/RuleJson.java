package dev.heavylegs.report.write;

import dev.heavylegs.facts.Conclusion.Kind;
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

  /**
   * A rule as {@code heavylegs rules --json} lists it (and the service's {@code GET
   * /api/v1/rules}): its fields, its stage, what it concludes, its weight and urgency.
   */
  public static Map<String, Object> listed(RuleInfo rule) {
    Map<String, Object> fields = of(rule);
    fields.put("stage", stage(rule));
    fields.put(
        "concludes",
        rule.conclusionsMade().stream().map(c -> Map.of(c.kind().label(), c.id())).toList());
    rule.weight().ifPresent(w -> fields.put("weight", w));
    rule.urgency().ifPresent(u -> fields.put("urgency", u.label()));
    return fields;
  }

  /** The stage of a rule: red flag, or the kind of the first thing it concludes. */
  public static String stage(RuleInfo rule) {
    if (rule.raisesRedFlag()) {
      return "red flag";
    }
    for (Kind kind : Kind.values()) {
      if (rule.concludes(kind)) {
        return kind.label();
      }
    }
    return "?";
  }
}
