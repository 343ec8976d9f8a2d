package dev.heavylegs.interview;

import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.TypedAnswerParser;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.OutcomeDiff;
import dev.heavylegs.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An interactive consultation: asks the questions that can still change a conclusion (red-flag
 * screening first), answers the prompt commands, shows a red flag the moment it is raised, and
 * keeps the answers and conclusions in step ({@link AnswerState}) as answers are given, changed
 * or withdrawn.
 */
public final class Interview {

  /** How the interview ended. */
  public enum Ending {
    /** No question left that could change a conclusion. */
    COMPLETED,
    /** The runner typed quit. */
    QUIT,
    /** Input ended before the consultation was complete. */
    END_OF_INPUT,
    /** Ctrl-C. */
    INTERRUPTED
  }

  /** The answers and conclusions when the interview ended. */
  public record Result(Ending ending, Answers answers, Report report, int questionsLeft) {}

  private final KnowledgeBase knowledgeBase;
  private final Conversation conversation;
  private final Optional<Path> saveFile;
  private final InterviewText text;
  /** Questions answered in the normal flow, latest last: {@code back} walks this. */
  private final Deque<String> history = new ArrayDeque<>();
  private final Set<String> redFlagsShown = new HashSet<>();
  private AnswerState state;
  private int asked;

  public Interview(KnowledgeBase knowledgeBase, Conversation conversation, Optional<Path> saveFile) {
    this.knowledgeBase = knowledgeBase;
    this.conversation = conversation;
    this.saveFile = saveFile;
    this.text = new InterviewText(knowledgeBase);
  }

  /** Runs the interview from {@code start} (empty, or answers being resumed) to its end. */
  public Result run(Answers start) {
    try (AnswerState live = new AnswerState(knowledgeBase, start)) {
      state = live;
      showNewRedFlags();
      return loop();
    }
  }

  private Result loop() {
    String next = null;
    while (true) {
      List<Question> remaining = state.open().questionsThatMatter();
      Question question = next != null ? knowledgeBase.questions().find(next).orElseThrow()
          : remaining.isEmpty() ? null : remaining.get(0);
      next = null;
      if (question == null) {
        return result(Ending.COMPLETED);
      }
      Step step;
      try {
        step = ask(question);
      } catch (Conversation.Interrupted e) {
        conversation.show("\nInterrupted." + savedNote());
        return result(Ending.INTERRUPTED);
      }
      switch (step.kind) {
        case ANSWERED -> history.push(question.id());
        case BACK -> {
          String previous = history.pop();
          state.withdraw(previous);
          next = previous;
        }
        case CHANGED -> { }
        case QUIT -> {
          offerToSave();
          return result(Ending.QUIT);
        }
        case END -> {
          conversation.show("\nInput ended with " + state.open().questionsThatMatter().size()
              + " question(s) still open." + savedNote());
          return result(Ending.END_OF_INPUT);
        }
      }
    }
  }

  private enum StepKind { ANSWERED, BACK, CHANGED, QUIT, END }

  private record Step(StepKind kind) {}

  /** Asks {@code question} until it is answered or the runner moves elsewhere. */
  private Step ask(Question question) throws Conversation.Interrupted {
    conversation.show(text.question(++asked + ".", question));
    while (true) {
      String line = conversation.readLine("> ", completions(question));
      if (line == null) {
        return new Step(StepKind.END);
      }
      Optional<PromptCommand> command = PromptCommand.parse(line);
      if (command.isEmpty()) {
        try {
          answer(question.id(), TypedAnswerParser.parse(question, line));
          return new Step(StepKind.ANSWERED);
        } catch (InvalidAnswerException e) {
          conversation.show("  " + e.getMessage() + ". Please answer with "
              + TypedAnswerParser.allowed(question) + ", or ? for help.");
          continue;
        }
      }
      switch (command.get().verb()) {
        case UNKNOWN -> {
          markUnknown(question.id());
          return new Step(StepKind.ANSWERED);
        }
        case HELP -> conversation.show(text.help(question));
        case WHY -> conversation.show(text.why(question, state.open()));
        case STATUS -> conversation.show(text.status(state.report(), state.open().questionsThatMatter().size()));
        case HOW -> how(command.get().argument());
        case WHYNOT -> whyNot(command.get().argument());
        case BACK -> {
          if (history.isEmpty()) {
            conversation.show("  This is the first question; there is nothing to go back to.");
          } else {
            return new Step(StepKind.BACK);
          }
        }
        case CHANGE -> {
          if (change(command.get().argument())) {
            return new Step(StepKind.CHANGED);
          }
        }
        case QUIT -> {
          return new Step(StepKind.QUIT);
        }
      }
    }
  }

  /** Revises an earlier answer, then shows what changed and which follow-up answers were dropped. */
  private boolean change(String questionId) throws Conversation.Interrupted {
    Set<String> settled = state.settled();
    Optional<Question> found = knowledgeBase.questions().find(questionId);
    if (found.isEmpty() || !settled.contains(questionId)) {
      conversation.show("  " + (questionId.isEmpty() ? "Change which answer?" : "\"" + questionId
          + "\" is not an answered question.") + " Answered so far: " + String.join(", ", settled));
      return false;
    }
    Question question = found.get();
    String current = state.answerTo(question.id()).map(a -> text.shown(question, a)).orElse("unknown");
    conversation.show(text.question("Change:", question) + "\n   Now: " + current
        + ". Type the new answer, unknown, or just Enter to keep it.");
    while (true) {
      String line = conversation.readLine("change " + question.id() + "> ", new ArrayList<>(question.choices().keySet()));
      if (line == null || line.isBlank()) {
        conversation.show("  Kept " + current + ".");
        return false;
      }
      Outcome before = Outcome.of(state.report());
      Set<String> usefulBefore = state.usefulAnswers();
      try {
        if (PromptCommand.parse(line).map(c -> c.verb() == PromptCommand.Verb.UNKNOWN).orElse(false)) {
          markUnknown(question.id());
        } else {
          answer(question.id(), TypedAnswerParser.parse(question, line));
        }
      } catch (InvalidAnswerException e) {
        conversation.show("  " + e.getMessage() + ". Please answer with " + TypedAnswerParser.allowed(question) + ".");
        continue;
      }
      List<AnswerState.Dropped> dropped = state.dropFollowUpsNoLongerNeeded(question.id(), usefulBefore);
      dropped.forEach(d -> history.remove(d.questionId()));
      conversation.show(text.differences(OutcomeDiff.between(before, Outcome.of(state.report()))));
      if (!dropped.isEmpty()) {
        conversation.show("Dropped, as their premise no longer holds: " + dropped.stream()
            .map(d -> d.questionId() + " (" + text.shown(knowledgeBase.questions().find(d.questionId())
                .orElseThrow(), d.answer()) + ")")
            .collect(java.util.stream.Collectors.joining(", ")));
      }
      return true;
    }
  }

  private void how(String id) {
    Optional<Report.Explained> item = state.report().find(id);
    if (item.isPresent()) {
      conversation.show(text.how(item.get()));
    } else {
      conversation.show("  \"" + id + "\" has not been concluded. Concluded so far: " + concludedIds()
          + (id.isEmpty() ? "" : "\n  (whynot " + id + " says what stopped it)"));
    }
  }

  private void whyNot(String id) {
    Optional<ConclusionRef> ref = knowledgeBase.rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream()).filter(c -> c.id().equals(id)).findFirst();
    if (ref.isEmpty()) {
      conversation.show("  No rule concludes \"" + id + "\". Causes: " + String.join(", ", causeIds()));
    } else if (state.report().find(id).isPresent()) {
      conversation.show("  " + text.title(ref.get()) + " is concluded; \"how " + id + "\" shows why.");
    } else {
      conversation.show(text.whyNot(ref.get(), state.open()));
    }
  }

  private void answer(String questionId, GivenAnswer answer) {
    state.answer(questionId, answer);
    afterChange();
  }

  private void markUnknown(String questionId) {
    state.markUnknown(questionId);
    afterChange();
  }

  private void afterChange() {
    showNewRedFlags();
    save();
  }

  private void showNewRedFlags() {
    for (Report.ReferralItem flag : state.report().redFlags()) {
      if (redFlagsShown.add(flag.id() + "/" + flag.urgency())) {
        conversation.show(text.redFlag(flag));
      }
    }
  }

  private void save() {
    saveFile.ifPresent(this::saveTo);
  }

  private void saveTo(Path file) {
    try {
      ConsultationFile.write(file, state.answers(), knowledgeBase.contentHash(), Outcome.of(state.report()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the consultation to " + file + ": " + e.getMessage(), e);
    }
  }

  private void offerToSave() {
    if (saveFile.isPresent() || state.settled().isEmpty()) {
      conversation.show(savedNote());
      return;
    }
    try {
      String name = conversation.readLine(
          "Save your answers to resume later? File name, or Enter to leave without saving: ", List.of());
      if (name != null && !name.isBlank()) {
        Path file = Path.of(name.trim());
        saveTo(file);
        conversation.show("Saved. Resume with: heavylegs consult --resume " + file);
      }
    } catch (Conversation.Interrupted e) {
      // leaving anyway
    }
  }

  private String savedNote() {
    return saveFile.map(f -> " Your answers are saved; resume with: heavylegs consult --resume " + f).orElse("");
  }

  /** Tab completion: the choices, the commands, and the ids that change, how and whynot take. */
  private List<String> completions(Question question) {
    Set<String> words = new LinkedHashSet<>(question.choices().keySet());
    words.addAll(PromptCommand.WORDS);
    state.settled().forEach(id -> words.add("change " + id));
    knowledgeBase.rules().all().stream().flatMap(r -> r.conclusionsMade().stream())
        .forEach(ref -> words.add((state.report().find(ref.id()).isPresent() ? "how " : "whynot ") + ref.id()));
    return new ArrayList<>(words);
  }

  private Result result(Ending ending) {
    return new Result(ending, state.answers(), state.report(), state.open().questionsThatMatter().size());
  }

  private String concludedIds() {
    List<String> ids = new ArrayList<>();
    Report report = state.report();
    report.redFlags().forEach(r -> ids.add(r.id()));
    report.causes().forEach(c -> ids.add(c.id()));
    report.conditions().forEach(c -> ids.add(c.id()));
    report.referrals().forEach(r -> ids.add(r.id()));
    return ids.isEmpty() ? "nothing" : String.join(", ", ids);
  }

  private List<String> causeIds() {
    return knowledgeBase.rules().all().stream().flatMap(r -> r.conclusionsMade().stream())
        .filter(c -> c.kind() == Conclusion.Kind.CAUSE).map(ConclusionRef::id).distinct().toList();
  }
}
