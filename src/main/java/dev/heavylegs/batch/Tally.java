package dev.heavylegs.batch;

import dev.heavylegs.report.Report;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How often each cause, condition and referral came out over a batch; safe across threads. */
final class Tally {

  private final Map<String, LongAdder> causes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> conditions = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> referrals = new ConcurrentHashMap<>();

  void add(Report report) {
    report.causes().forEach(c -> count(causes, c.id()));
    report.conditions().forEach(c -> count(conditions, c.id()));
    report.redFlags().forEach(r -> count(referrals, r.id() + " (" + r.urgency() + ")"));
    report.referrals().forEach(r -> count(referrals, r.id() + " (" + r.urgency() + ")"));
  }

  Map<String, Long> causes() {
    return sorted(causes);
  }

  Map<String, Long> conditions() {
    return sorted(conditions);
  }

  Map<String, Long> referrals() {
    return sorted(referrals);
  }

  private static void count(Map<String, LongAdder> counts, String key) {
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }
}
