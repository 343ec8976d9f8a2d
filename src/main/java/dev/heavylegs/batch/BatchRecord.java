package dev.heavylegs.batch;

import dev.heavylegs.engine.Inference;
import dev.heavylegs.explain.Derivation;
import dev.heavylegs.explain.Premise;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.facts.Referral;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.write.JsonReportWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The compact report of one profile in a batch: cause ids ranked with their strength, condition
 * ids, recommendation ids, referrals with urgency (red flags first), whether the red-flag questions
 * were answered, and the explanations unless left out. Ids only: a batch feeds programs.
 *
 * <p>An explanation here is one level deep: each rule that supports the conclusion, by id (its
 * name, file and source are in {@code heavylegs rules --json}), and what its match rested on:
 * answers with their values, and earlier conclusions by id. Every condition and cause a rule rested
 * on is in the same record with its own explanation, so the whole chain down to the answers is
 * there, each part once, where the consultation report repeats it in a tree. A referral raised at
 * several urgencies is reported, as in the consultation report, at the most urgent, with the rules
 * that raise it at that urgency.
 */
public final class BatchRecord {

  private BatchRecord() {}

  /**
   * The record for {@code report}, JSON-ready.
   *
   * @param id the profile's {@code id}, echoed back (null when it had none)
   * @param inference what the engine concluded, with the derivations that support it
   * @param redFlagsChecked whether every question a red-flag rule reads was answered
   * @param explain whether to include the explanation of each conclusion
   */
  public static Map<String, Object> of(
      Object id, Report report, Inference inference, boolean redFlagsChecked, boolean explain) {
    Explainer explainer = explain ? new Explainer(inference) : null;
    Map<String, Object> record = new LinkedHashMap<>();
    if (id != null) {
      record.put("id", id);
    }
    List<Object> causes = new ArrayList<>(report.causes().size());
    for (Report.CauseItem cause : report.causes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", cause.id());
      item.put("strength", cause.strength());
      if (explainer != null) {
        item.put("explanation", explainer.explain(Kind.CAUSE, cause.id(), null));
      }
      causes.add(item);
    }
    record.put("causes", causes);
    List<Object> conditions = new ArrayList<>(report.conditions().size());
    for (Report.ConditionItem condition : report.conditions()) {
      if (explainer == null) {
        conditions.add(condition.id());
      } else {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", condition.id());
        item.put("explanation", explainer.explain(Kind.CONDITION, condition.id(), null));
        conditions.add(item);
      }
    }
    record.put("conditions", conditions);
    record.put(
        "recommendations",
        report.recommendations().stream().map(Report.RecommendationItem::id).toList());
    List<Object> referrals = new ArrayList<>();
    Stream.concat(report.redFlags().stream(), report.referrals().stream())
        .forEach(
            referral -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("id", referral.id());
              item.put("urgency", referral.urgency());
              if (explainer != null) {
                item.put(
                    "explanation",
                    explainer.explain(Kind.REFERRAL, referral.id(), referral.urgency()));
              }
              referrals.add(item);
            });
    record.put("referrals", referrals);
    record.put("redFlagsChecked", redFlagsChecked);
    return record;
  }

  /** Writes the derivations the engine recorded for one conclusion, one level deep. */
  private static final class Explainer {

    private final Inference inference;

    Explainer(Inference inference) {
      this.inference = inference;
    }

    /** The derivations of the conclusion of this kind and id (for a referral, at this urgency). */
    List<Map<String, Object>> explain(Kind kind, String id, String urgency) {
      for (Map.Entry<Conclusion, List<Derivation>> entry : inference.all().entrySet()) {
        Conclusion conclusion = entry.getKey();
        if (conclusion.kind() == kind
            && conclusion.id().equals(id)
            && (urgency == null || ((Referral) conclusion).urgency().label().equals(urgency))) {
          return entry.getValue().stream().map(Explainer::reason).toList();
        }
      }
      return List.of();
    }

    private static Map<String, Object> reason(Derivation derivation) {
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("rule", derivation.rule().id());
      if (derivation.rule().concludes(Kind.CAUSE)) {
        derivation.rule().weight().ifPresent(w -> reason.put("weight", w));
      }
      List<Map<String, Object>> because = new ArrayList<>(derivation.premises().size());
      for (Premise premise : derivation.premises()) {
        Map<String, Object> support = new LinkedHashMap<>();
        if (premise instanceof Premise.Answered answered) {
          Answer answer = answered.answer();
          support.put("question", answer.question());
          support.put("value", JsonReportWriter.answerValue(answer.number(), answer.value()));
        } else {
          Conclusion earlier = ((Premise.Concluded) premise).conclusion();
          support.put(earlier.kind().label(), earlier.id());
        }
        because.add(support);
      }
      reason.put("because", because);
      return reason;
    }
  }
}
