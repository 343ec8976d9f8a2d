package dev.heavylegs.interview.dialogue;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.ChoiceMatcher;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.questions.TypedAnswerParser;
import dev.heavylegs.questions.TypedAnswerReader;
import dev.heavylegs.report.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one answer at a question prompt and says back what was recorded. Words that could name
 * several choices, or only partly name one that can raise a referral, are asked back with the
 * candidates; a near miss is offered ("did you mean"); Enter alone or "not sure" is confirmed
 * before the question is left unknown; an answer that does not fit an earlier one (the catalogue's
 * consistency rules) is refused, naming both.
 */
public final class AnswerReading {

  /** What came of a line typed at a question. */
  public sealed interface Outcome {}

  /** The answer to record (it has been said back). */
  public record Answered(GivenAnswer answer) implements Outcome {}

  /** Leave the question unknown (it has been said back). */
  public record LeftUnknown() implements Outcome {}

  /** Nothing recorded: ask the question again (why has been shown). */
  record AskAgain() implements Outcome {}

  private final Conversation conversation;
  private final Supplier<KnowledgeBase> knowledgeBase;

  /** Questions where leaving the answer unknown was questioned once already. */
  private final Set<String> unknownQuestioned = new HashSet<>();

  public AnswerReading(Conversation conversation, Supplier<KnowledgeBase> knowledgeBase) {
    this.conversation = conversation;
    this.knowledgeBase = knowledgeBase;
  }

  /**
   * Reads {@code line}, typed at {@code question} asked in the normal flow.
   *
   * @param given the answers so far, for the consistency rules
   * @param screensForRedFlags whether a red-flag rule still waits for this question: leaving it
   *     unknown is questioned first, whatever was typed
   */
  public Outcome read(Question question, String line, Answers given, boolean screensForRedFlags)
      throws Conversation.Interrupted {
    InterviewText text = new InterviewText(knowledgeBase.get());
    Optional<TypedAnswerReader.Reading> read = resolved(question, line);
    if (read.isEmpty()) {
      return new AskAgain();
    }
    TypedAnswerReader.Reading reading = read.get();
    if (reading instanceof TypedAnswerReader.Blank
        || reading instanceof TypedAnswerReader.Unknown) {
      boolean blank = reading instanceof TypedAnswerReader.Blank;
      if ((blank || screensForRedFlags) && unknownQuestioned.add(question.id())) {
        conversation.show(screensForRedFlags ? text.redFlagUnknownCheck() : text.blankOnce());
        return new AskAgain();
      }
      conversation.show(text.recordedUnknown());
      return new LeftUnknown();
    }
    return answered(question, reading, line, given, text, ", or ? for help.")
        .<Outcome>map(Answered::new)
        .orElse(new AskAgain());
  }

  /**
   * Reads {@code line}, a new answer typed at {@code question} asked again: empty when nothing can
   * be recorded (why has been shown). Unknown and Enter are for the caller.
   */
  public Optional<GivenAnswer> readRevision(Question question, String line, Answers given)
      throws Conversation.Interrupted {
    InterviewText text = new InterviewText(knowledgeBase.get());
    Optional<TypedAnswerReader.Reading> read = resolved(question, line);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    // The answer being replaced cannot conflict with its replacement.
    Map<String, GivenAnswer> others = new LinkedHashMap<>(given.given());
    others.remove(question.id());
    return answered(question, read.get(), line, new Answers(others, Set.of()), text, ".");
  }

  /** True when {@code line} is one of the catalogue's words for "I don't know". */
  public boolean meansUnknown(String line) {
    return new TypedAnswerReader(knowledgeBase.get().questions()).meansUnknown(line);
  }

  /** The answer a reading gives, said back; empty when refused or in conflict (said why). */
  private Optional<GivenAnswer> answered(
      Question question,
      TypedAnswerReader.Reading reading,
      String line,
      Answers given,
      InterviewText text,
      String helpHint) {
    if (reading instanceof TypedAnswerReader.Refused refused) {
      conversation.show(
          "  "
              + refused.reason()
              + ". Please answer with "
              + TypedAnswerParser.allowed(question)
              + helpHint);
      return Optional.empty();
    }
    if (!(reading instanceof TypedAnswerReader.Given g)) {
      conversation.show(text.notRecorded()); // unknown where an answer was wanted
      return Optional.empty();
    }
    Map<String, GivenAnswer> after = new LinkedHashMap<>(given.given());
    after.put(question.id(), g.answer());
    Optional<ConsistencyRule.Violation> violation =
        knowledgeBase.get().questions().firstViolation(after);
    if (violation.isPresent() && violation.get().questionIds().contains(question.id())) {
      conversation.show(text.inconsistent(violation.get(), question.id()));
      return Optional.empty();
    }
    conversation.show(text.recorded(question, g.answer(), line));
    return Optional.of(g.answer());
  }

  /**
   * The reading of {@code line} once every ambiguity is asked back and every near miss offered;
   * empty when the runner did not settle one (the question is then asked again).
   */
  private Optional<TypedAnswerReader.Reading> resolved(Question question, String line)
      throws Conversation.Interrupted {
    TypedAnswerReader reader = new TypedAnswerReader(knowledgeBase.get().questions());
    InterviewText text = new InterviewText(knowledgeBase.get());
    Set<String> safety = SafetyRelevantChoices.of(knowledgeBase.get(), question);
    TypedAnswerReader.Reading reading = reader.read(question, line, safety);
    while (true) {
      if (reading instanceof TypedAnswerReader.AskBack ask) {
        conversation.show(text.askBack(question, ask.typed(), ask.candidates()));
        String picked = conversation.readLine("which> ", ask.candidates());
        Optional<List<String>> chosen =
            picked == null ? Optional.empty() : picked(question, ask.candidates(), picked);
        if (chosen.isEmpty()) {
          conversation.show(text.notRecorded());
          return Optional.empty();
        }
        reading = reader.read(question, ask.resolved(chosen.get()), safety);
      } else if (reading instanceof TypedAnswerReader.NearMiss near) {
        conversation.show(text.didYouMean(question, near.typed(), near.choice()));
        String confirmed = conversation.readLine("(y/N)> ", List.of("yes", "no"));
        if (confirmed == null
            || !confirmed.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes")) {
          conversation.show(text.notRecorded());
          return Optional.empty();
        }
        reading = reader.read(question, near.resolved(), safety);
      } else {
        return Optional.of(reading);
      }
    }
  }

  /**
   * The candidates {@code typed} picks: by number or id, several (or "both", "all") only where the
   * question takes several answers.
   */
  private static Optional<List<String>> picked(
      Question question, List<String> candidates, String typed) {
    boolean several = question.type() == QuestionType.MULTI_CHOICE;
    String words = ChoiceMatcher.normalized(typed);
    if (several && (words.equals("both") || words.equals("all"))) {
      return Optional.of(candidates);
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (String part : typed.split("[,;\\s]+|\\s+and\\s+")) {
      if (part.isBlank()) {
        continue;
      }
      String word = ChoiceMatcher.normalized(part);
      Optional<String> one =
          word.matches("\\d{1,3}")
                  && Integer.parseInt(word) >= 1
                  && Integer.parseInt(word) <= candidates.size()
              ? Optional.of(candidates.get(Integer.parseInt(word) - 1))
              : candidates.stream()
                  .filter(c -> ChoiceMatcher.normalized(c).equals(word))
                  .findFirst();
      if (one.isEmpty()) {
        return Optional.empty();
      }
      chosen.add(one.get());
    }
    if (chosen.isEmpty() || !several && chosen.size() > 1) {
      return Optional.empty();
    }
    return Optional.of(new ArrayList<>(chosen));
  }
}
