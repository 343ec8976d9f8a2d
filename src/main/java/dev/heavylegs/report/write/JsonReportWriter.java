package dev.heavylegs.report.write;

import dev.heavylegs.explain.Reason;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.Report.CauseItem;
import dev.heavylegs.report.Report.ConditionItem;
import dev.heavylegs.report.Report.OpenQuestion;
import dev.heavylegs.report.Report.RecommendationItem;
import dev.heavylegs.report.Report.ReferralItem;
import dev.heavylegs.report.ReportSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The report for programs. The four keys of the contract ({@code conditions}, {@code causes},
 * {@code recommendations}, {@code referrals}) come first; red-flag referrals lead the referrals.
 * {@code sections} lists the {@link ReportSection}s this report has, in the order a page shows
 * them, each with its {@code id} and the {@code heading} from {@code report.yaml}, and {@code
 * summary} holds its first lines; each cause has its plain {@code because}. Every {@code
 * explanation} is a list of reasons: the rule (id, name, file, line, source) and what it rested on,
 * answers as {@code {"question", "value"}} and conclusions with their own explanation.
 */
public final class JsonReportWriter implements ReportWriter {

  private Report report;

  @Override
  public String write(Report report) {
    return JsonText.pretty(tree(report)) + "\n";
  }

  /**
   * The report as a tree of maps, lists and values, in the order {@link #write} prints it: for a
   * document that holds the report (the service's responses), written once, straight to bytes.
   */
  public Map<String, Object> tree(Report report) {
    this.report = report;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("conditions", report.conditions().stream().map(this::condition).toList());
    root.put("causes", report.causes().stream().map(this::cause).toList());
    root.put(
        "recommendations", report.recommendations().stream().map(this::recommendation).toList());
    root.put(
        "referrals",
        Stream.concat(report.redFlags().stream(), report.referrals().stream())
            .map(this::referral)
            .toList());
    root.put("sections", ReportSection.of(report).stream().map(this::section).toList());
    root.put("summary", summary(report.summary()));
    root.put("noCauseFound", report.noCauseFound());
    root.put("redFlagsChecked", !report.redFlagsNotChecked());
    if (report.redFlagsNotChecked()) {
      root.put("redFlagsNotChecked", report.texts().redFlagsNotChecked());
    }
    if (report.noCauseFound()) {
      root.put("noCauseAdvice", report.texts().noCause());
    }
    if (!report.texts().adviceAfterRedFlag().isEmpty() && !report.recommendations().isEmpty()) {
      root.put("adviceAfterRedFlag", report.texts().adviceAfterRedFlag());
    }
    root.put("unanswered", report.openQuestions().stream().map(this::openQuestion).toList());
    root.put("disclaimer", report.texts().disclaimer());
    return root;
  }

  private Map<String, Object> section(ReportSection section) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", section.id());
    m.put("heading", section.heading(report));
    return m;
  }

  private Map<String, Object> summary(Report.Summary summary) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("redFlags", summary.redFlags());
    m.put("causes", summary.causes());
    m.put("firstSteps", summary.firstSteps());
    m.put("openQuestions", summary.openQuestions());
    return m;
  }

  private Map<String, Object> condition(ConditionItem c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("title", c.title());
    m.put("description", c.description());
    m.put("explanation", reasons(c.explanation()));
    return m;
  }

  private Map<String, Object> cause(CauseItem c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("title", c.title());
    m.put("strength", c.strength());
    m.put("description", c.description());
    m.put("because", c.because());
    m.put("explanation", reasons(c.explanation()));
    return m;
  }

  private Map<String, Object> recommendation(RecommendationItem r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("title", r.title());
    m.put("text", r.advice());
    m.put("for", r.basedOn());
    if (r.source() != null) {
      m.put("source", r.source());
    }
    m.put("explanation", reasons(r.explanation()));
    return m;
  }

  private Map<String, Object> referral(ReferralItem r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("urgency", r.urgency());
    m.put("redFlag", r.redFlag());
    m.put("title", r.title());
    m.put("reason", r.reason());
    m.put("advice", r.advice());
    m.put("explanation", reasons(r.explanation()));
    return m;
  }

  private Map<String, Object> openQuestion(OpenQuestion q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("question", q.id());
    m.put("prompt", q.prompt());
    m.put("redFlagScreening", q.redFlagScreening());
    m.put("couldLeadTo", q.couldLeadTo());
    return m;
  }

  private List<Map<String, Object>> reasons(List<Reason> reasons) {
    return reasons.stream().map(this::reason).toList();
  }

  private Map<String, Object> reason(Reason reason) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", RuleJson.of(reason.rule()));
    if (reason.rule().concludes(Kind.CAUSE)) {
      reason.rule().weight().ifPresent(w -> m.put("weight", w));
    }
    m.put("because", reason.because().stream().map(this::support).toList());
    return m;
  }

  private Map<String, Object> support(Reason.Support support) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (support instanceof Reason.AnswerSupport a) {
      m.put("question", a.question());
      m.put("value", answerValue(a.number(), a.value()));
      m.put("shown", report.shown(a));
    } else if (support instanceof Reason.ConclusionSupport c) {
      m.put(c.kind(), c.id());
      m.put("title", c.title());
      m.put("explanation", reasons(c.reasons()));
    }
    return m;
  }

  /** An answer's value in JSON: its number when it has one, else its text. */
  public static Object answerValue(Double number, String text) {
    return number != null ? jsonNumber(number) : text;
  }

  /** A whole number as a JSON integer ({@code 30}, not {@code 30.0}); others as they are. */
  private static Object jsonNumber(double value) {
    return value == Math.rint(value) ? (Object) (long) value : (Object) value;
  }
}
