package dev.heavylegs.interview;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.interview.dialogue.PromptCommand;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.TypedAnswerParser;
import dev.heavylegs.relevance.RuleAssessment;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code whatif <question>=<value> [<question>=<value>...]}: the conclusions the answers would give
 * with some of them replaced, against the conclusions as they stand. A consultation of its own on a
 * copy of the answers: nothing of the interview is changed. {@code whatif diet vegan} (one
 * question, no {@code =}) is read as {@code whatif diet=vegan}.
 */
final class WhatIf {

  /** {@code id=value}, the value running to the next {@code id=} or the end. */
  private static final Pattern PAIR =
      Pattern.compile("([a-z0-9-]+)\\s*=\\s*(.*?)\\s*(?=(?:\\s[a-z0-9-]+\\s*=)|$)");

  private final KnowledgeBase knowledgeBase;
  private final InterviewText text;

  WhatIf(KnowledgeBase knowledgeBase, InterviewText text) {
    this.knowledgeBase = knowledgeBase;
    this.text = text;
  }

  /** What {@code argument} would change, given {@code answers} and their {@code report}. */
  String explain(String argument, Answers answers, Report report) {
    Map<String, String> typed = pairs(argument);
    if (typed.isEmpty()) {
      return "  Type whatif <question>=<value> (e.g. whatif temperature-c=15); several pairs may follow.";
    }
    Map<String, GivenAnswer> given = new LinkedHashMap<>(answers.given());
    Set<String> unknown = new LinkedHashSet<>(answers.unknown());
    StringBuilder supposed = new StringBuilder();
    for (Map.Entry<String, String> pair : typed.entrySet()) {
      Question question = knowledgeBase.questions().find(pair.getKey()).orElse(null);
      if (question == null) {
        return "  \"" + pair.getKey() + "\" is not a question. Questions: " + questionIds();
      }
      if (PromptCommand.parse(pair.getValue()).map(PromptCommand::verb).orElse(null)
          == PromptCommand.Verb.UNKNOWN) {
        given.remove(question.id());
        unknown.add(question.id());
        supposed.append(supposed.isEmpty() ? "" : ", ").append(question.id()).append(" unknown");
        continue;
      }
      try {
        GivenAnswer answer = TypedAnswerParser.parse(question, pair.getValue());
        given.put(question.id(), answer);
        unknown.remove(question.id());
        supposed
            .append(supposed.isEmpty() ? "" : ", ")
            .append(question.id())
            .append(" = ")
            .append(text.shown(question, answer));
      } catch (InvalidAnswerException e) {
        return "  "
            + question.id()
            + ": "
            + e.getMessage()
            + ". It takes "
            + TypedAnswerParser.allowed(question)
            + ".";
      }
    }
    Answers supposedAnswers = new Answers(given, unknown);
    Inference inference = Consultation.run(knowledgeBase, supposedAnswers);
    Report supposedReport = new ReportBuilder(knowledgeBase).build(inference, supposedAnswers);
    List<OutcomeDiff.Change> changes =
        OutcomeDiff.between(Outcome.of(report), Outcome.of(supposedReport));
    List<Question> wouldAsk =
        new RuleAssessment(knowledgeBase, supposedAnswers, inference).questionsThatMatter();
    return text.whatIf(supposed.toString(), changes, wouldAsk);
  }

  static Map<String, String> pairs(String argument) {
    Map<String, String> pairs = new LinkedHashMap<>();
    String trimmed = argument.strip();
    if (!trimmed.contains("=")) {
      String[] words = trimmed.split("\\s+", 2);
      if (words.length == 2) {
        pairs.put(words[0], words[1]);
      }
      return pairs;
    }
    Matcher matcher = PAIR.matcher(trimmed);
    int end = 0;
    while (matcher.find()) {
      if (matcher.start() != end && !trimmed.substring(end, matcher.start()).isBlank()) {
        return Map.of(); // something before the pair that is not a pair
      }
      pairs.put(matcher.group(1), matcher.group(2));
      end = matcher.end();
    }
    return end == trimmed.length() || trimmed.substring(end).isBlank() ? pairs : Map.of();
  }

  private String questionIds() {
    return knowledgeBase.questions().all().stream()
        .map(Question::id)
        .collect(Collectors.joining(", "));
  }
}
