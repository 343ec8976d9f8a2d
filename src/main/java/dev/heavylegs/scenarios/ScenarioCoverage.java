package dev.heavylegs.scenarios;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the scenarios must cover: every cause and every referral needs a scenario that concludes it
 * and a near miss that must not, so that deleting or breaking its rules fails a test.
 */
public final class ScenarioCoverage {

  private static final Pattern URGENCY = Pattern.compile("\\s*\\(.*\\)\\s*$");

  private ScenarioCoverage() {}

  /** One line per missing scenario; empty when every cause and referral is covered both ways. */
  public static List<String> gaps(KnowledgeBase knowledgeBase, List<Scenario> scenarios) {
    Set<ConclusionRef> needed = new LinkedHashSet<>();
    knowledgeBase
        .rules()
        .all()
        .forEach(
            r ->
                r.conclusionsMade().stream()
                    .filter(c -> c.kind() == Kind.CAUSE || c.kind() == Kind.REFERRAL)
                    .forEach(needed::add));
    List<String> gaps = new ArrayList<>();
    for (ConclusionRef ref : needed) {
      Function<Scenario.Outcome, List<String>> entries =
          ref.kind() == Kind.CAUSE ? ScenarioCoverage::causes : Scenario.Outcome::referrals;
      if (!named(scenarios, s -> entries.apply(s.expect())).contains(ref.id())) {
        gaps.add(ref + " has no scenario that concludes it (add one under expect:)");
      }
      if (!named(scenarios, s -> entries.apply(s.absent())).contains(ref.id())) {
        gaps.add(
            ref
                + " has no near miss: a scenario where it must not come out (add one under absent:)");
      }
    }
    return gaps;
  }

  /** The causes an outcome names, its top cause included. */
  private static List<String> causes(Scenario.Outcome outcome) {
    List<String> causes = new ArrayList<>(outcome.causes());
    if (outcome.topCause() != null) {
      causes.add(outcome.topCause());
    }
    return causes;
  }

  private static Set<String> named(
      List<Scenario> scenarios, Function<Scenario, List<String>> entries) {
    Set<String> ids = new LinkedHashSet<>();
    scenarios.forEach(
        s -> entries.apply(s).forEach(e -> ids.add(URGENCY.matcher(e).replaceAll(""))));
    return ids;
  }
}
