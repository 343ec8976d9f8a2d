package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.AnswerReading;
import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import dev.heavylegs.interview.dialogue.InterviewText;
import dev.heavylegs.interview.dialogue.PromptCommand;
import dev.heavylegs.interview.outcome.OutcomeDiff;
import dev.heavylegs.interview.saved.ConsultationFile;
import dev.heavylegs.interview.saved.RecoveryFile;
import dev.heavylegs.interview.saved.SavePath;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.AnswerParser;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionType;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An interactive consultation: asks the questions that can still change a conclusion (red-flag
 * screening first), answers the prompt commands, shows a red flag the moment it is raised, and
 * keeps the answers and conclusions in step ({@link AnswerState}) as answers are given, changed or
 * withdrawn.
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
    INTERRUPTED,
    /** A red flag was raised and the runner chose to stop there and see the report. */
    STOPPED_AT_RED_FLAG
  }

  /**
   * The answers and conclusions when the interview ended.
   *
   * @param reportShown whether the report was already shown to the runner through the {@link
   *     ReportPrinter} (the consultation then stayed open after it)
   */
  public record Result(
      Ending ending, Answers answers, Report report, int questionsLeft, boolean reportShown) {}

  /** Shows the report once the interview is complete, before the prompt that stays open. */
  public interface ReportPrinter {
    void print(Report report, Answers answers);
  }

  private final Conversation conversation;
  private final Optional<Path> saveFile;
  private final Reloading reloading;
  // Replaced together when the knowledge base is reloaded.
  private KnowledgeBase knowledgeBase;
  private InterviewText text;

  /** Questions answered in the normal flow, latest last: {@code back} walks this. */
  private final Deque<String> history = new ArrayDeque<>();

  private final Set<String> redFlagsShown = new HashSet<>();

  /**
   * The red flags the runner chose to go on past, id to urgency: saved with the answers, and on
   * resume recalled in one line instead of stopping again.
   */
  private final Map<String, String> acknowledgedRedFlags = new LinkedHashMap<>();

  /** Reads and says back each answer typed at a question. */
  private final AnswerReading answerReading;

  private AnswerState state;

  /** Set when a red flag is shown: the runner is then asked whether to stop there. */
  private boolean redFlagRaised;

  private ReportPrinter afterReport;

  private Path recoveryFolder = RecoveryFile.defaultFolder();

  public Interview(
      KnowledgeBase knowledgeBase, Conversation conversation, Optional<Path> saveFile) {
    this(knowledgeBase, conversation, saveFile, Reloading.none(knowledgeBase));
  }

  public Interview(
      KnowledgeBase knowledgeBase,
      Conversation conversation,
      Optional<Path> saveFile,
      Reloading reloading) {
    this.knowledgeBase = knowledgeBase;
    this.conversation = conversation;
    this.saveFile = saveFile;
    this.reloading = reloading;
    this.text = new InterviewText(knowledgeBase);
    this.answerReading = new AnswerReading(conversation, () -> this.knowledgeBase);
  }

  /**
   * Once the interview is complete, shows the report with {@code printer} and keeps the
   * consultation open for how, whynot, change, whatif and save, when the conversation is
   * interactive (a script's input gets the report and the end, as before).
   */
  public Interview afterReport(ReportPrinter printer) {
    this.afterReport = printer;
    return this;
  }

  /**
   * Where the answers go when the runner leaves in the middle (Ctrl-C, Ctrl-D) and does not say
   * where to save them.
   */
  public Interview recoveryFolder(Path folder) {
    this.recoveryFolder = folder;
    return this;
  }

  /** Runs the interview from {@code start} (empty, or answers being resumed) to its end. */
  public Result run(Answers start) {
    return run(start, Map.of());
  }

  /**
   * Runs the interview from answers being resumed, whose red flags in {@code acknowledged} (id to
   * urgency) the runner already chose to go on past: those are recalled, not stopped at again.
   */
  public Result run(Answers start, Map<String, String> acknowledged) {
    acknowledgedRedFlags.putAll(acknowledged);
    state = new AnswerState(knowledgeBase, start);
    try {
      showNewRedFlags();
      Result result = loop();
      while (result.ending() == Ending.COMPLETED
          && afterReport != null
          && conversation.isInteractive()) {
        afterReport.print(state.report(), state.answers());
        Optional<Result> left = afterTheReport();
        if (left.isPresent()) {
          return left.get();
        }
        result = loop(); // an answer was changed: what it opened is asked, then the report again
      }
      return result;
    } finally {
      state.close();
    }
  }

  /**
   * The prompt after the report. Empty when an answer was changed (the interview goes on from
   * there); else how the consultation ended.
   */
  private Optional<Result> afterTheReport() {
    conversation.show(FlowMessages.AFTER_REPORT_INTRO);
    while (true) {
      String line;
      try {
        line = conversation.readLine(FlowMessages.AFTER_REPORT_PROMPT, afterReportCompletions());
      } catch (Conversation.Interrupted e) {
        line = null;
      }
      if (line == null) {
        return Optional.of(result(Ending.COMPLETED, true));
      }
      if (line.isBlank()) {
        continue;
      }
      Optional<PromptCommand> command = PromptCommand.parse(line);
      if (command.isEmpty()) {
        conversation.show(FlowMessages.AFTER_REPORT_HELP);
        continue;
      }
      String argument = command.get().argument();
      try {
        switch (command.get().verb()) {
          case HOW ->
              conversation.show(
                  new ConclusionQuestions(knowledgeBase, text).how(argument, state.report()));
          case WHYNOT ->
              conversation.show(
                  new ConclusionQuestions(knowledgeBase, text)
                      .whyNot(argument, state.report(), state.open()));
          case WHATIF -> conversation.show(whatIf(argument));
          case STATUS ->
              conversation.show(
                  text.status(state.report(), state.open().questionsThatMatter().size()));
          case SAVE -> saveCommand(argument);
          case CHANGE -> {
            if (change(argument)) {
              return Optional.empty();
            }
          }
          case QUIT -> {
            return Optional.of(result(Ending.COMPLETED, true));
          }
          default -> conversation.show(FlowMessages.AFTER_REPORT_HELP);
        }
      } catch (Conversation.Interrupted e) {
        conversation.show(""); // Ctrl-C in a command's own question: back to this prompt
      }
    }
  }

  private String whatIf(String argument) {
    return new WhatIf(knowledgeBase, text).explain(argument, state.answers(), state.report());
  }

  /**
   * After a new red flag was shown, at an interactive prompt: whether the runner stops there (the
   * default) or goes on with the questions.
   */
  private boolean stopsAtRedFlag() {
    if (!redFlagRaised) {
      return false;
    }
    redFlagRaised = false;
    if (!conversation.isInteractive()) {
      return false; // a script's next line is an answer, not this choice
    }
    while (true) {
      String line;
      try {
        line = conversation.readLine(FlowMessages.STOP_OR_GO_ON, List.of("stop", "go on"));
      } catch (Conversation.Interrupted e) {
        return true;
      }
      if (line == null) {
        return true;
      }
      switch (line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
        case "", "stop", "s", "quit" -> {
          return true;
        }
        case "go on", "goon", "go", "continue", "c", "on" -> {
          conversation.show(FlowMessages.GOING_ON);
          state.report().redFlags().forEach(f -> acknowledgedRedFlags.put(f.id(), f.urgency()));
          save();
          return false;
        }
        default -> conversation.show(FlowMessages.STOP_OR_GO_ON_AGAIN);
      }
    }
  }

  private Result loop() {
    String next = null;
    while (true) {
      reloadIfChangedOnDisk();
      if (stopsAtRedFlag()) {
        return result(Ending.STOPPED_AT_RED_FLAG);
      }
      // A script gives its answers in the catalogue's order; a person gets the one that matters
      List<Question> remaining =
          conversation.isInteractive()
              ? state.open().questionsThatMatter()
              : state.open().questionsInCatalogueOrder();
      Question question =
          next != null
              ? knowledgeBase.questions().find(next).orElseThrow()
              : remaining.isEmpty() ? null : remaining.get(0);
      next = null;
      if (question == null) {
        return result(Ending.COMPLETED);
      }
      Step step;
      try {
        step = ask(question, remaining.size() - 1);
      } catch (Conversation.Interrupted e) {
        conversation.show("\nInterrupted." + savedNote());
        keepAnswersOnTheWayOut();
        return result(Ending.INTERRUPTED);
      }
      switch (step.kind) {
        case ANSWERED -> history.push(question.id());
        case BACK, CHANGED -> {}
        case QUIT -> {
          offerToSave();
          return result(Ending.QUIT);
        }
        case END -> {
          conversation.show(
              "\nInput ended with "
                  + state.open().questionsThatMatter().size()
                  + " question(s) still open."
                  + savedNote());
          keepAnswersOnTheWayOut();
          return result(Ending.END_OF_INPUT);
        }
      }
    }
  }

  private enum StepKind {
    ANSWERED,
    BACK,
    CHANGED,
    QUIT,
    END
  }

  private record Step(StepKind kind) {}

  /**
   * Asks {@code question} until it is answered or the runner moves elsewhere; {@code othersOpen}
   * other questions could still change a conclusion.
   */
  private Step ask(Question question, int othersOpen) throws Conversation.Interrupted {
    // Numbered by how many questions are settled, resumed ones included: after back, the question
    // left for an earlier one keeps its number.
    int number = state.settled().size() + 1;
    conversation.show(
        "\n" + FlowMessages.progress(number, othersOpen) + text.question(number + ".", question));
    while (true) {
      if (reloadIfChangedOnDisk()) {
        return new Step(StepKind.CHANGED); // ask afresh: the question may have changed or gone
      }
      String line = conversation.readLine("> ", completions(question));
      if (line == null) {
        return new Step(StepKind.END);
      }
      Optional<PromptCommand> command = PromptCommand.parse(line);
      if (command.isEmpty() || command.get().verb() == PromptCommand.Verb.UNKNOWN) {
        AnswerReading.Outcome read =
            answerReading.read(question, line, state.answers(), screensForRedFlags(question));
        if (read instanceof AnswerReading.Answered answered) {
          answer(question.id(), answered.answer());
          return new Step(StepKind.ANSWERED);
        }
        if (read instanceof AnswerReading.LeftUnknown) {
          markUnknown(question.id());
          return new Step(StepKind.ANSWERED);
        }
        continue;
      }
      switch (command.get().verb()) {
        case HELP -> conversation.show(text.help(question));
        case WHY -> conversation.show(text.why(question, state.open()));
        case STATUS ->
            conversation.show(
                text.status(state.report(), state.open().questionsThatMatter().size()));
        case RELOAD -> {
          if (reload(true)) {
            return new Step(StepKind.CHANGED);
          }
        }
        case HOW ->
            conversation.show(
                new ConclusionQuestions(knowledgeBase, text)
                    .how(command.get().argument(), state.report()));
        case WHYNOT ->
            conversation.show(
                new ConclusionQuestions(knowledgeBase, text)
                    .whyNot(command.get().argument(), state.report(), state.open()));
        case BACK -> {
          if (history.isEmpty()) {
            conversation.show("  This is the first question; there is nothing to go back to.");
          } else {
            goBack();
            return new Step(StepKind.BACK);
          }
        }
        case CHANGE -> {
          if (change(command.get().argument())) {
            return new Step(StepKind.CHANGED);
          }
        }
        case WHATIF -> conversation.show(whatIf(command.get().argument()));
        case SAVE -> saveCommand(command.get().argument());
        case QUIT -> {
          return new Step(StepKind.QUIT);
        }
      }
    }
  }

  /** {@code change <question>}: revises an earlier answer. */
  private boolean change(String questionId) throws Conversation.Interrupted {
    Set<String> settled = state.settled();
    if (knowledgeBase.questions().find(questionId).isEmpty() || !settled.contains(questionId)) {
      conversation.show(
          "  "
              + (questionId.isEmpty()
                  ? "Change which answer?"
                  : "\"" + questionId + "\" is not an answered question.")
              + (settled.isEmpty()
                  ? " Nothing is answered yet."
                  : " Answered so far: " + String.join(", ", settled)));
      return false;
    }
    return revise(questionId, false) == Revision.CHANGED;
  }

  /** What came of asking a question again. */
  private enum Revision {
    KEPT,
    CHANGED,
    FURTHER_BACK
  }

  /**
   * {@code back}: asks the previous question again, showing its answer; Enter keeps it, and {@code
   * back} there goes one question further back.
   */
  private void goBack() throws Conversation.Interrupted {
    Deque<String> passed = new ArrayDeque<>();
    String target = history.pop();
    while (revise(target, !history.isEmpty()) == Revision.FURTHER_BACK) {
      passed.push(target);
      target = history.pop();
    }
    history.push(target);
    while (!passed.isEmpty()) {
      history.push(passed.pop());
    }
    // A revision further back may have dropped a follow-up passed on the way: it is asked afresh.
    history.removeIf(id -> !state.settled().contains(id));
  }

  /**
   * Asks {@code questionId} again with its current answer shown; a new answer replaces it, then the
   * differences in conclusions and the follow-up answers dropped are shown.
   *
   * @param backAllowed whether {@code back} at this prompt goes one question further back
   * @return whether the answer was kept or changed, or the runner wants to go further back
   */
  private Revision revise(String questionId, boolean backAllowed) throws Conversation.Interrupted {
    Question question = knowledgeBase.questions().find(questionId).orElseThrow();
    String current =
        state.answerTo(question.id()).map(a -> text.shown(question, a)).orElse("unknown");
    conversation.show(
        text.question("Again:", question)
            + "\n   Now: "
            + current
            + ". Type the new answer"
            + (question.type() == QuestionType.MULTI_CHOICE
                ? " (all that apply: it replaces this one)"
                : "")
            + ", unknown, or just Enter to keep it"
            + (backAllowed ? " (back to go further back)." : "."));
    boolean warnedAboutUnknown = false;
    while (true) {
      String line =
          conversation.readLine(question.id() + "> ", new ArrayList<>(question.choices().keySet()));
      if (line == null || line.isBlank()) {
        conversation.show("  Kept " + current + ".");
        return Revision.KEPT;
      }
      Optional<PromptCommand.Verb> verb = PromptCommand.parse(line).map(PromptCommand::verb);
      if (backAllowed && verb.equals(Optional.of(PromptCommand.Verb.BACK))) {
        conversation.show("  Kept " + current + ".");
        return Revision.FURTHER_BACK;
      }
      Outcome before = Outcome.of(state.report());
      Set<String> usefulBefore = state.usefulAnswers();
      if (verb.equals(Optional.of(PromptCommand.Verb.UNKNOWN))
          || answerReading.meansUnknown(line)) {
        // As when first asked: a red-flag screening answer is not turned into "don't know" at one
        // word.
        if (!warnedAboutUnknown && readByARedFlagRule(question)) {
          warnedAboutUnknown = true;
          conversation.show(
              "  This question screens for symptoms that need a doctor. Type unknown again"
                  + " only if you really cannot answer it; Enter keeps "
                  + current
                  + ".");
          continue;
        }
        state.markUnknown(question.id());
      } else {
        Optional<GivenAnswer> revised = answerReading.readRevision(question, line, state.answers());
        if (revised.isEmpty()) {
          continue;
        }
        state.answer(question.id(), revised.get());
      }
      List<AnswerState.Dropped> dropped =
          state.dropFollowUpsNoLongerNeeded(question.id(), usefulBefore);
      dropped.forEach(d -> history.remove(d.questionId()));
      conversation.show(text.differences(OutcomeDiff.between(before, Outcome.of(state.report()))));
      if (!dropped.isEmpty()) {
        conversation.show(
            "Dropped, as their premise no longer holds: "
                + dropped.stream()
                    .map(
                        d ->
                            d.questionId()
                                + " ("
                                + text.shown(
                                    knowledgeBase.questions().find(d.questionId()).orElseThrow(),
                                    d.answer())
                                + ")")
                    .collect(Collectors.joining(", ")));
      }
      afterChange();
      return Revision.CHANGED;
    }
  }

  /**
   * With {@code --watch}: reloads when the files changed on disk. True when a new base is in use.
   */
  private boolean reloadIfChangedOnDisk() {
    return reloading.changedOnDisk().getAsBoolean() && reload(false);
  }

  /**
   * Builds the knowledge base again and, when it has no errors, carries the answers over to it and
   * shows what that changed. A base with errors is never used: the last good one stays.
   *
   * @param asked whether the runner asked for it (else it follows a change on disk, and an
   *     unchanged base is passed over in silence)
   * @return true when the new knowledge base is in use
   */
  private boolean reload(boolean asked) {
    KnowledgeBase fresh;
    try {
      fresh = reloading.loader().load();
    } catch (KbaseException e) {
      conversation.show(
          "The knowledge base on disk has errors; still using the one loaded before:\n"
              + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
      return false;
    }
    if (fresh.contentHash().equals(knowledgeBase.contentHash())) {
      if (asked) {
        conversation.show("The knowledge base has not changed.");
      }
      return false;
    }
    Outcome before = Outcome.of(state.report());
    List<String> leftOut = new ArrayList<>();
    Answers carried = ConsultationFile.revalidated(state.answers(), fresh.questions(), leftOut);
    state.close();
    knowledgeBase = fresh;
    text = new InterviewText(fresh);
    state = new AnswerState(fresh, carried);
    history.removeIf(id -> fresh.questions().find(id).isEmpty() || !state.settled().contains(id));
    conversation.show(
        "Knowledge base reloaded. "
            + text.differences(OutcomeDiff.between(before, Outcome.of(state.report()))));
    if (!leftOut.isEmpty()) {
      conversation.show(
          "These answers do not fit the new knowledge base and will be asked again:\n  "
              + String.join("\n  ", leftOut));
    }
    afterChange();
    return true;
  }

  /** True when a red-flag rule reads {@code question}, whether or not it can still fire. */
  private boolean readByARedFlagRule(Question question) {
    return knowledgeBase.rules().reading(question.id()).stream()
        .anyMatch(rule -> rule.raisesRedFlag());
  }

  /** True when a red-flag rule that can still fire waits for this question. */
  private boolean screensForRedFlags(Question question) {
    return state.open().screensForRedFlags(question.id());
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
    // A flag withdrawn by a change and raised again is shown again, and stopped at again.
    List<Report.ReferralItem> flags = state.report().redFlags();
    redFlagsShown.retainAll(flags.stream().map(f -> f.id() + "/" + f.urgency()).toList());
    acknowledgedRedFlags
        .entrySet()
        .removeIf(
            a ->
                flags.stream()
                    .noneMatch(f -> f.id().equals(a.getKey()) && f.urgency().equals(a.getValue())));
    for (Report.ReferralItem flag : flags) {
      if (redFlagsShown.add(flag.id() + "/" + flag.urgency())) {
        if (acknowledgedRedFlags.containsKey(flag.id())) {
          conversation.show(text.redFlagReminder(flag));
        } else {
          conversation.show(text.redFlag(flag));
          redFlagRaised = true;
        }
      }
    }
  }

  private void save() {
    saveFile.ifPresent(
        file ->
            saveTo(file)
                .ifPresent(
                    problem ->
                        conversation.show(
                            "  Could not save to "
                                + file
                                + ": "
                                + problem
                                + ". Your answers are kept in this session.")));
  }

  /** Saves to {@code file}; the reason when it could not. */
  private Optional<String> saveTo(Path file) {
    try {
      ConsultationFile.write(
          file,
          state.answers(),
          knowledgeBase.contentHash(),
          Outcome.of(state.report()),
          acknowledgedRedFlags);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(ConsultationFile.reason(e));
    }
  }

  private void offerToSave() {
    offerToSave(false);
  }

  /**
   * Leaving in the middle (Ctrl-C, end of input) at an interactive prompt, with answers not saved
   * anywhere: offers to save them, and writes a recovery file when the runner leaves that too.
   */
  private void keepAnswersOnTheWayOut() {
    if (conversation.isInteractive() && saveFile.isEmpty() && !state.settled().isEmpty()) {
      offerToSave(true);
    }
  }

  /**
   * Asks where to save the answers; Enter leaves without saving.
   *
   * @param recover whether leaving this question too (Ctrl-C, end of input) writes a recovery file
   */
  private void offerToSave(boolean recover) {
    if (saveFile.isPresent() || state.settled().isEmpty()) {
      conversation.show(savedNote().strip());
      return;
    }
    try {
      while (true) {
        String name = conversation.readLine(FlowMessages.SAVE_OFFER, List.of());
        if (name == null) {
          if (recover) {
            writeRecoveryFile();
          }
          return;
        }
        if (name.isBlank()) {
          return;
        }
        // "no" and "yes" answer the question; they are not file names
        Optional<Boolean> yesOrNo = AnswerParser.yesOrNo(name);
        if (yesOrNo.isPresent()) {
          if (!yesOrNo.get()) {
            return;
          }
          conversation.show("  Type a file name to save to, or press Enter.");
          continue;
        }
        if (saveAs(SavePath.of(name))) {
          return;
        }
      }
    } catch (Conversation.Interrupted e) {
      if (recover) {
        writeRecoveryFile();
      }
    }
  }

  /** Saves to {@code file} when it may be written; true when saved. Says how it went. */
  private boolean saveAs(Path file) {
    Optional<String> refused =
        ConsultationFile.refusal(file); // not a saved consultation, a FIFO...
    if (refused.isPresent()) {
      conversation.show("  " + refused.get() + "; it is left as it is.");
      return false;
    }
    Optional<String> problem = saveTo(file);
    if (problem.isEmpty()) {
      conversation.show("Saved. " + FlowMessages.resumeWith(file.toString()));
      return true;
    }
    conversation.show("  Could not save to " + file + ": " + problem.get() + ".");
    return false;
  }

  /** {@code save [FILE]}: to FILE, or to the file given with --save, or asks where. */
  private void saveCommand(String argument) throws Conversation.Interrupted {
    if (!argument.isBlank()) {
      saveAs(SavePath.of(argument));
    } else if (saveFile.isPresent()) {
      saveAs(saveFile.get());
    } else {
      offerToSave(false);
    }
  }

  private void writeRecoveryFile() {
    try {
      Path file = RecoveryFile.next(recoveryFolder);
      ConsultationFile.write(
          file,
          state.answers(),
          knowledgeBase.contentHash(),
          Outcome.of(state.report()),
          acknowledgedRedFlags);
      conversation.show(FlowMessages.recovered(file.toString()));
    } catch (IOException e) {
      conversation.show(
          "  Could not write a recovery file in " + recoveryFolder + ": " + e.getMessage());
    }
  }

  private String savedNote() {
    return saveFile
        .map(f -> " Your answers are saved; resume with: heavylegs consult --resume " + f)
        .orElse("");
  }

  /** Tab completion: the choices, the commands, and the ids that change, how and whynot take. */
  private List<String> completions(Question question) {
    Set<String> words = new LinkedHashSet<>(question.choices().keySet());
    words.addAll(PromptCommand.WORDS);
    state.settled().forEach(id -> words.add("change " + id));
    addConclusionWords(words);
    return new ArrayList<>(words);
  }

  private Result result(Ending ending) {
    return result(ending, false);
  }

  private Result result(Ending ending, boolean reportShown) {
    return new Result(
        ending,
        state.answers(),
        state.report(),
        state.open().questionsThatMatter().size(),
        reportShown);
  }

  /** Completion after the report: the commands, and the ids they take. */
  private List<String> afterReportCompletions() {
    Set<String> words =
        new LinkedHashSet<>(List.of("how", "whynot", "change", "whatif", "save", "quit", "help"));
    state.settled().forEach(id -> words.add("change " + id));
    knowledgeBase.questions().all().forEach(q -> words.add("whatif " + q.id() + "="));
    addConclusionWords(words);
    return new ArrayList<>(words);
  }

  /** "how" with each conclusion id concluded, "whynot" with each one not. */
  private void addConclusionWords(Set<String> words) {
    knowledgeBase.rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream())
        .forEach(
            ref ->
                words.add(
                    (state.report().find(ref.id()).isPresent() ? "how " : "whynot ") + ref.id()));
  }
}
