package dev.heavylegs.report;

import dev.heavylegs.engine.Inference;
import dev.heavylegs.explain.Derivation;
import dev.heavylegs.explain.ExplanationBuilder;
import dev.heavylegs.explain.Premise;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.facts.Referral;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.ReportWording;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.WordingEntry;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.report.Report.CauseItem;
import dev.heavylegs.report.Report.ConditionItem;
import dev.heavylegs.report.Report.OpenQuestion;
import dev.heavylegs.report.Report.RecommendationGroup;
import dev.heavylegs.report.Report.RecommendationItem;
import dev.heavylegs.report.Report.ReferralItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link Report} of one consultation from the engine's {@link Inference}. */
public final class ReportBuilder {

  private final KnowledgeBase knowledgeBase;
  private final boolean withOpenQuestions;
  private final boolean withExplanations;
  private final boolean withRunnerSentences;

  public ReportBuilder(KnowledgeBase knowledgeBase) {
    this(knowledgeBase, true, true);
  }

  /**
   * For records that name the conclusions by id and are read by programs (a batch): no open
   * questions, no explanation trees, and none of the sentences made of the runner's answers (the
   * "because" of each cause, the summary, numbers as given), which cost a batch about a tenth of
   * its time. The conclusions and their order are those of every other report.
   */
  public static ReportBuilder forRecords(KnowledgeBase knowledgeBase) {
    return new ReportBuilder(knowledgeBase, false, false, false);
  }

  /**
   * @param withOpenQuestions whether to work out which unanswered questions could still matter (a
   *     batch leaves that out: it is the costliest part of a report)
   * @param withExplanations whether to build the explanation trees (empty when not)
   */
  public ReportBuilder(
      KnowledgeBase knowledgeBase, boolean withOpenQuestions, boolean withExplanations) {
    this(knowledgeBase, withOpenQuestions, withExplanations, true);
  }

  private ReportBuilder(
      KnowledgeBase knowledgeBase,
      boolean withOpenQuestions,
      boolean withExplanations,
      boolean withRunnerSentences) {
    this.knowledgeBase = knowledgeBase;
    this.withOpenQuestions = withOpenQuestions;
    this.withExplanations = withExplanations;
    this.withRunnerSentences = withRunnerSentences;
  }

  public Report build(Inference inference, Answers answers) {
    return build(inference, answers, null);
  }

  /**
   * The same, reading the open questions off {@code assessment}: the assessment of {@code
   * answers.given()} alone, as {@link #build(Inference, Answers)} would make it (questions answered
   * unknown count as open there), so that a caller that needs it anyway does not pay for it twice.
   */
  public Report build(Inference inference, Answers answers, RuleAssessment assessment) {
    ExplanationBuilder explanations =
        withExplanations
            ? new ExplanationBuilder(
                inference.all(), knowledgeBase.wording(), knowledgeBase.questions())
            : ExplanationBuilder.NONE;
    ReportWording texts = knowledgeBase.reportWording();
    AnswerWords words =
        withRunnerSentences ? new AnswerWords(knowledgeBase.questions(), answers, texts) : null;
    List<CauseItem> causes = causes(inference, explanations, words);
    List<ReferralItem> referrals = referrals(inference, explanations);
    List<ReferralItem> redFlags = referrals.stream().filter(ReferralItem::redFlag).toList();
    List<RecommendationGroup> advice = recommendationGroups(inference, explanations, causes);
    List<OpenQuestion> open =
        withOpenQuestions ? openQuestions(inference, answers, assessment) : List.of();
    return new Report(
        redFlags,
        causes,
        conditions(inference, explanations),
        advice,
        referrals.stream().filter(r -> !r.redFlag()).toList(),
        open,
        words != null
            ? new SummaryBuilder(texts, words).summary(redFlags, causes, advice, open)
            : new Report.Summary(List.of(), "", "", ""),
        words != null ? shownNumbers(answers, words) : Map.of(),
        new Report.Texts(
            texts.disclaimer(),
            noCauseText(texts, redFlags, advice),
            texts.redFlagIntro(),
            texts.redFlagsNotChecked(),
            redFlags.isEmpty() ? "" : texts.adviceAfterRedFlag(),
            texts.headings(),
            texts.sentences()));
  }

  /** Every number answer as the runner gave it, by question id. */
  private static Map<String, String> shownNumbers(Answers answers, AnswerWords words) {
    Map<String, String> shown = new LinkedHashMap<>();
    answers
        .given()
        .forEach(
            (question, given) -> {
              if (given instanceof GivenAnswer.Number n) {
                shown.put(
                    question, words.shown(question, Answer.formatNumber(n.value()), n.value()));
              }
            });
    return shown;
  }

  /**
   * What to say when no cause fits. With a red flag it must not read like "take it easy and carry
   * on"; when conditions found have advice of their own (with no cause, advice answers conditions),
   * it must not read like "nothing was found".
   */
  private static String noCauseText(
      ReportWording texts, List<ReferralItem> redFlags, List<RecommendationGroup> advice) {
    if (!redFlags.isEmpty()) {
      return texts.noCauseWithRedFlag();
    }
    return advice.isEmpty() ? texts.noCause() : texts.noCauseWithConditions();
  }

  /**
   * Causes ranked by strength, then by how many answers support them, then by id; each with its
   * "because" sentence in {@code words} (none when null).
   */
  private List<CauseItem> causes(
      Inference inference, ExplanationBuilder explanations, AnswerWords words) {
    record Ranked(Conclusion cause, int strength, int answersBehind) {}
    return inference.ofKind(Kind.CAUSE).stream()
        .map(c -> new Ranked(c, strength(inference.derivationsOf(c)), answersBehind(inference, c)))
        .sorted(
            Comparator.comparingInt(Ranked::strength)
                .reversed()
                .thenComparing(Comparator.comparingInt(Ranked::answersBehind).reversed())
                .thenComparing(r -> r.cause().id()))
        .map(
            r ->
                new CauseItem(
                    r.cause().id(),
                    wordingOf(r.cause()).title(),
                    wordingOf(r.cause()).explanation(),
                    r.strength(),
                    words != null ? words.because(answersBehindInOrder(inference, r.cause())) : "",
                    explanations.reasonsFor(r.cause())))
        .toList();
  }

  /** The sum of the {@code @weight}s of the rules that currently support a cause. */
  static int strength(List<Derivation> derivations) {
    return derivations.stream().mapToInt(d -> d.rule().weight().orElse(0)).sum();
  }

  /** How many distinct answers a conclusion rests on, all the way down. */
  private static int answersBehind(Inference inference, Conclusion conclusion) {
    return answersBehindInOrder(inference, conclusion).size();
  }

  /** The distinct answers a conclusion rests on, all the way down, in the order first met. */
  private static List<Answer> answersBehindInOrder(Inference inference, Conclusion conclusion) {
    Set<Answer> answers = new LinkedHashSet<>();
    collectAnswers(inference, conclusion, answers, new LinkedHashSet<>());
    return List.copyOf(answers);
  }

  private static void collectAnswers(
      Inference inference, Conclusion conclusion, Set<Answer> out, Set<Conclusion> seen) {
    if (!seen.add(conclusion)) {
      return;
    }
    for (Derivation d : inference.derivationsOf(conclusion)) {
      for (Premise p : d.premises()) {
        if (p instanceof Premise.Answered a) {
          out.add(a.answer());
        } else if (p instanceof Premise.Concluded c) {
          collectAnswers(inference, c.conclusion(), out, seen);
        }
      }
    }
  }

  private List<ConditionItem> conditions(Inference inference, ExplanationBuilder explanations) {
    return inOrderWritten(inference, Kind.CONDITION).stream()
        .map(
            c ->
                new ConditionItem(
                    c.id(),
                    wordingOf(c).title(),
                    wordingOf(c).explanation(),
                    explanations.reasonsFor(c)))
        .toList();
  }

  /**
   * Each recommendation once, under the strongest cause it answers; one that answers only
   * conditions goes under the first of those.
   */
  private List<RecommendationGroup> recommendationGroups(
      Inference inference, ExplanationBuilder explanations, List<CauseItem> causes) {
    List<String> causeRank = causes.stream().map(CauseItem::id).toList();
    Map<ConclusionRef, List<RecommendationItem>> groups = new LinkedHashMap<>();
    List<Conclusion> recommendations = inOrderWritten(inference, Kind.RECOMMENDATION);
    for (Conclusion recommendation : recommendations) {
      List<ConclusionRef> bases = basesOf(inference.derivationsOf(recommendation), causeRank);
      WordingEntry words = wordingOf(recommendation);
      RecommendationItem item =
          new RecommendationItem(
              recommendation.id(),
              words.title(),
              words.advice(),
              words.source(),
              bases.stream().map(ConclusionRef::id).toList(),
              explanations.reasonsFor(recommendation));
      groups.computeIfAbsent(bases.get(0), k -> new ArrayList<>()).add(item);
    }
    return groups.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> groupRank(e.getKey(), causeRank)))
        .map(
            e ->
                new RecommendationGroup(
                    e.getKey().kind().label(),
                    e.getKey().id(),
                    knowledgeBase.wording().get(e.getKey()).title(),
                    e.getValue()))
        .toList();
  }

  /** The causes a recommendation rests on, strongest first, then the conditions it rests on. */
  private static List<ConclusionRef> basesOf(List<Derivation> derivations, List<String> causeRank) {
    Set<ConclusionRef> bases = new LinkedHashSet<>();
    derivations.forEach(
        d ->
            d.premises()
                .forEach(
                    p -> {
                      if (p instanceof Premise.Concluded c) {
                        bases.add(ConclusionRef.of(c.conclusion()));
                      }
                    }));
    return bases.stream()
        .sorted(Comparator.comparingInt(ref -> groupRank(ref, causeRank)))
        .toList();
  }

  private static int groupRank(ConclusionRef ref, List<String> causeRank) {
    int rank = causeRank.indexOf(ref.id());
    return ref.kind() == Kind.CAUSE && rank >= 0 ? rank : causeRank.size() + 1;
  }

  /** Referrals once per id at their highest urgency, most urgent first. */
  private List<ReferralItem> referrals(Inference inference, ExplanationBuilder explanations) {
    Map<String, Referral> mostUrgent = new LinkedHashMap<>();
    for (Conclusion c : inference.ofKind(Kind.REFERRAL)) {
      Referral referral = (Referral) c;
      mostUrgent.merge(
          referral.id(), referral, (a, b) -> a.urgency().compareTo(b.urgency()) <= 0 ? a : b);
    }
    return mostUrgent.values().stream()
        .sorted(Comparator.comparing(Referral::urgency).thenComparing(Referral::id))
        .map(
            r -> {
              WordingEntry words = wordingOf(r);
              return new ReferralItem(
                  r.id(),
                  r.urgency().label(),
                  r.urgency().isRedFlag(),
                  words.title(),
                  words.reason(),
                  words.advice(),
                  explanations.reasonsFor(r));
            })
        .toList();
  }

  /**
   * Questions not answered (or answered "unknown") whose answer could still change a conclusion,
   * judged as in an interview: red-flag screening first, then catalogue order.
   */
  private List<OpenQuestion> openQuestions(
      Inference inference, Answers answers, RuleAssessment assessment) {
    RuleAssessment open =
        assessment != null
            ? assessment
            : new RuleAssessment(knowledgeBase, new Answers(answers.given(), Set.of()), inference);
    List<OpenQuestion> questions = new ArrayList<>();
    for (Question question : open.questionsThatMatter()) {
      List<RuleInfo> waiting = open.rulesWaitingFor(question.id());
      List<String> leadsTo =
          waiting.stream()
              .flatMap(r -> r.conclusionsMade().stream())
              .map(knowledgeBase.wording()::titleOf)
              .distinct()
              .collect(Collectors.toList());
      boolean redFlag = waiting.stream().anyMatch(RuleInfo::raisesRedFlag);
      questions.add(new OpenQuestion(question.id(), question.prompt(), redFlag, leadsTo));
    }
    return questions;
  }

  private WordingEntry wordingOf(Conclusion conclusion) {
    return knowledgeBase.wording().get(ConclusionRef.of(conclusion));
  }

  /**
   * The conclusions of {@code kind} in the order experts wrote them: by the first rule (by file,
   * then line) that concludes each.
   */
  private static List<Conclusion> inOrderWritten(Inference inference, Kind kind) {
    record Placed(Conclusion conclusion, RuleInfo firstRule) {}
    return inference.ofKind(kind).stream()
        .map(
            c ->
                new Placed(
                    c,
                    inference.derivationsOf(c).stream()
                        .map(Derivation::rule)
                        .min(BY_LOCATION)
                        .orElseThrow()))
        .sorted(Comparator.comparing(Placed::firstRule, BY_LOCATION))
        .map(Placed::conclusion)
        .toList();
  }

  private static final Comparator<RuleInfo> BY_LOCATION =
      Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line);
}
