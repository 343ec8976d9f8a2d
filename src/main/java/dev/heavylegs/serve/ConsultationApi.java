package dev.heavylegs.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.write.JsonReportWriter;
import dev.heavylegs.report.write.RuleJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each endpoint answers, without HTTP: answers in, the JSON document out, as plain maps and
 * lists. Stateless: every call runs a consultation of its own (one engine session, disposed at its
 * end) over the knowledge base it is given, which the caller read once for the whole request.
 */
final class ConsultationApi {

  static final List<String> CONSULTATION_FIELDS =
      List.of(RequestAnswers.ANSWERS, RequestAnswers.UNKNOWN, "acknowledgedRedFlags");
  static final List<String> EXPLAIN_FIELDS =
      List.of(RequestAnswers.ANSWERS, RequestAnswers.UNKNOWN, "target");
  static final List<String> WHAT_IF_FIELDS =
      List.of(RequestAnswers.ANSWERS, RequestAnswers.UNKNOWN, "changes");

  private ConsultationApi() {}

  /** One consultation as far as it goes, and the question to ask next. */
  static Map<String, Object> consultation(KnowledgeBase knowledgeBase, ObjectNode body) {
    Answers answers = new RequestAnswers(knowledgeBase.questions()).read(body);
    Set<String> acknowledged = RequestJson.strings(body, "acknowledgedRedFlags");
    Concluded concluded = Concluded.from(knowledgeBase, answers);
    Report report = concluded.report();
    List<Question> remaining = concluded.open().questionsThatMatter();

    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kbaseVersion", knowledgeBase.contentHash());
    doc.put("report", concluded.json());
    List<Map<String, Object>> redFlags = new ArrayList<>();
    List<String> newRedFlags = new ArrayList<>();
    for (Report.ReferralItem flag : report.redFlags()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", flag.id());
      m.put("title", flag.title());
      m.put("urgency", flag.urgency());
      m.put("reason", flag.reason());
      m.put("advice", flag.advice());
      redFlags.add(m);
      if (!acknowledged.contains(flag.id()) && !newRedFlags.contains(flag.id())) {
        newRedFlags.add(flag.id());
      }
    }
    doc.put("redFlags", redFlags);
    doc.put("newRedFlags", newRedFlags);
    Map<String, Object> next = null;
    if (!remaining.isEmpty()) {
      Question question = remaining.get(0);
      next = QuestionJson.of(question);
      next.put("whyShort", new ConclusionTexts(knowledgeBase).whyShort(question, concluded.open()));
      next.put("why", new ConclusionTexts(knowledgeBase).why(question, concluded.open()));
    }
    doc.put("nextQuestion", next);
    Map<String, Object> progress = new LinkedHashMap<>();
    progress.put("answered", answers.given().size() + answers.unknown().size());
    progress.put("toGo", Math.max(remaining.size() - 1, 0));
    doc.put("progress", progress);
    doc.put("shouldStop", !newRedFlags.isEmpty() || next == null);
    return doc;
  }

  /** How a conclusion was reached, or why it was not. */
  static Map<String, Object> explain(KnowledgeBase knowledgeBase, ObjectNode body) {
    Answers answers = new RequestAnswers(knowledgeBase.questions()).read(body);
    String target = RequestJson.string(body, "target");
    ConclusionTexts texts = new ConclusionTexts(knowledgeBase);
    ConclusionRef ref =
        texts
            .named(target)
            .orElseThrow(
                () ->
                    ApiProblem.notFound("target: no rule concludes \"" + target + "\"", "target"));
    Concluded concluded = Concluded.from(knowledgeBase, answers);
    Optional<Report.Explained> item = concluded.report().find(ref.kind().label(), ref.id());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kbaseVersion", knowledgeBase.contentHash());
    doc.put("target", ref.id());
    doc.put("kind", ref.kind().label());
    doc.put("concluded", item.isPresent());
    if (item.isPresent()) {
      doc.put("how", concluded.explanationOf(ref));
      doc.put("text", texts.how(item.get()));
    } else {
      doc.put("text", texts.whyNot(ref, concluded.open()));
    }
    return doc;
  }

  /** What some other answers would change; nothing is kept. */
  static Map<String, Object> whatIf(KnowledgeBase knowledgeBase, ObjectNode body) {
    RequestAnswers reading = new RequestAnswers(knowledgeBase.questions());
    Answers answers = reading.read(body);
    JsonNode changes = body.get("changes");
    if (!(changes instanceof ObjectNode object) || object.isEmpty()) {
      throw ApiProblem.badRequest(
          "changes: required, an object of answers like {\"question-id\": value}", "changes");
    }
    Answers supposed = reading.changed(answers, "changes", changes);
    Concluded before = Concluded.from(knowledgeBase, answers);
    Concluded after = Concluded.from(knowledgeBase, supposed);
    List<OutcomeDiff.Change> diff =
        OutcomeDiff.between(Outcome.of(before.report()), Outcome.of(after.report()));

    ConclusionTexts texts = new ConclusionTexts(knowledgeBase);
    List<Map<String, Object>> changed = new ArrayList<>();
    StringBuilder described = new StringBuilder();
    for (var it = changes.fieldNames(); it.hasNext(); ) {
      Question question = knowledgeBase.questions().find(it.next()).orElseThrow();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("question", question.id());
      m.put("from", shown(texts, question, answers));
      String to = shown(texts, question, supposed);
      m.put("to", to);
      changed.add(m);
      described
          .append(described.isEmpty() ? "" : ", ")
          .append(question.id())
          .append(supposed.get(question.id()).isPresent() ? " = " + to : " unknown");
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kbaseVersion", knowledgeBase.contentHash());
    doc.put("changes", changed);
    doc.put("gained", changesSigned(diff, '+'));
    doc.put("lost", changesSigned(diff, '-'));
    doc.put("changed", changesSigned(diff, '~'));
    doc.put("text", texts.whatIf(described.toString(), diff, after.open().questionsThatMatter()));
    doc.put("report", after.json());
    return doc;
  }

  private static String shown(ConclusionTexts texts, Question question, Answers answers) {
    Optional<GivenAnswer> answer = answers.get(question.id());
    if (answer.isPresent()) {
      return texts.shown(question, answer.get());
    }
    return answers.unknown().contains(question.id()) ? "unknown" : null;
  }

  private static List<Map<String, Object>> changesSigned(List<OutcomeDiff.Change> diff, char sign) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (OutcomeDiff.Change change : diff) {
      if (change.sign() == sign) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", change.kind());
        m.put("id", change.id());
        m.put("title", change.title());
        m.put("detail", change.detail());
        list.add(m);
      }
    }
    return list;
  }

  static Map<String, Object> questions(KnowledgeBase knowledgeBase) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kbaseVersion", knowledgeBase.contentHash());
    doc.put("questions", knowledgeBase.questions().all().stream().map(QuestionJson::of).toList());
    return doc;
  }

  static Map<String, Object> rules(KnowledgeBase knowledgeBase) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kbaseVersion", knowledgeBase.contentHash());
    doc.put("rules", knowledgeBase.rules().all().stream().map(RuleJson::listed).toList());
    return doc;
  }

  /**
   * The engine's conclusions, the report, its JSON, and what is still open, for one set of answers.
   */
  private record Concluded(Report report, Map<String, Object> reportJson, RuleAssessment open) {

    static Concluded from(KnowledgeBase knowledgeBase, Answers answers) {
      Inference inference = Consultation.run(knowledgeBase, answers);
      RuleAssessment open = new RuleAssessment(knowledgeBase, answers, inference);
      // The report judges its open questions on the answers given alone; with nothing answered
      // "unknown" that is this same assessment, so it is made once.
      Report report =
          answers.unknown().isEmpty()
              ? new ReportBuilder(knowledgeBase).build(inference, answers, open)
              : new ReportBuilder(knowledgeBase).build(inference, answers);
      return new Concluded(report, new JsonReportWriter().tree(report), open);
    }

    /** The report as {@code consult --format json} prints it, inside a larger document. */
    Map<String, Object> json() {
      return reportJson;
    }

    /** The explanation of a conclusion as the JSON report has it. */
    Object explanationOf(ConclusionRef ref) {
      String list =
          switch (ref.kind()) {
            case CAUSE -> "causes";
            case CONDITION -> "conditions";
            case RECOMMENDATION -> "recommendations";
            case REFERRAL -> "referrals";
          };
      for (Object item : (List<?>) reportJson.get(list)) {
        Map<?, ?> conclusion = (Map<?, ?>) item;
        if (ref.id().equals(conclusion.get("id"))) {
          return conclusion.get("explanation");
        }
      }
      return List.of();
    }
  }
}
