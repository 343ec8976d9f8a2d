package dev.heavylegs.interview.outcome;

import dev.heavylegs.report.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The differences between two outcomes, as lines a runner can read. */
public final class OutcomeDiff {

  /**
   * One difference. {@code sign} is {@code +} (appeared), {@code -} (gone) or {@code ~} (changed).
   */
  public record Change(char sign, String kind, String id, String title, String detail) {
    @Override
    public String toString() {
      return sign + " " + kind + ": " + title + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  private OutcomeDiff() {}

  /** What changed from {@code before} to {@code after}; empty when nothing did. */
  public static List<Change> between(Outcome before, Outcome after) {
    List<Change> changes = new ArrayList<>();
    causes(before, after, changes);
    referrals(before, after, changes);
    plain("condition", before.conditions(), after.conditions(), before, after, changes);
    plain(
        "recommendation",
        before.recommendations(),
        after.recommendations(),
        before,
        after,
        changes);
    return changes;
  }

  private static void causes(Outcome before, Outcome after, List<Change> changes) {
    for (String id : after.causes()) {
      int rank = after.causes().indexOf(id) + 1;
      int oldRank = before.causes().indexOf(id) + 1;
      if (oldRank == 0) {
        changes.add(new Change('+', "cause", id, after.titleOf(id), "now ranked " + rank));
      } else if (oldRank != rank) {
        changes.add(
            new Change('~', "cause", id, after.titleOf(id), "ranked " + oldRank + ", now " + rank));
      }
    }
    for (String id : before.causes()) {
      if (!after.causes().contains(id)) {
        changes.add(new Change('-', "cause", id, before.titleOf(id), "no longer concluded"));
      }
    }
  }

  private static void referrals(Outcome before, Outcome after, List<Change> changes) {
    for (Map.Entry<String, String> entry : after.referrals().entrySet()) {
      String old = before.referrals().get(entry.getKey());
      String title = after.titleOf(entry.getKey());
      if (old == null) {
        changes.add(new Change('+', "referral", entry.getKey(), title, entry.getValue()));
      } else if (!old.equals(entry.getValue())) {
        changes.add(
            new Change('~', "referral", entry.getKey(), title, old + ", now " + entry.getValue()));
      }
    }
    for (String id : before.referrals().keySet()) {
      if (!after.referrals().containsKey(id)) {
        changes.add(new Change('-', "referral", id, before.titleOf(id), "no longer concluded"));
      }
    }
  }

  private static void plain(
      String kind,
      List<String> before,
      List<String> after,
      Outcome beforeOutcome,
      Outcome afterOutcome,
      List<Change> changes) {
    after.stream()
        .filter(id -> !before.contains(id))
        .forEach(id -> changes.add(new Change('+', kind, id, afterOutcome.titleOf(id), "")));
    before.stream()
        .filter(id -> !after.contains(id))
        .forEach(
            id ->
                changes.add(
                    new Change('-', kind, id, beforeOutcome.titleOf(id), "no longer concluded")));
  }
}
