package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Report;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * An interactive consultation: asks the questions that can still change a conclusion (red-flag
 * screening first), answers the prompt commands, shows a red flag the moment it is raised, and
 * keeps the answers and conclusions in step ({@link AnswerState}) as answers are given, changed or
 * withdrawn. The work is done by {@link QuestionLoop}, {@link RedFlagStop}, {@link
 * AfterReportPrompt}, {@link AnswerRevision}, {@link Saving} and {@link SaveOffer}, {@link
 * KbaseReload}, over one {@link Session}; this class puts them together.
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

  private final Session session;
  private final Optional<Path> saveFile;
  private final Reloading reloading;
  private ReportPrinter afterReport;
  private Path recoveryFolder;

  public Interview(
      KnowledgeBase knowledgeBase, Conversation conversation, Optional<Path> saveFile) {
    this(knowledgeBase, conversation, saveFile, Reloading.none(knowledgeBase));
  }

  public Interview(
      KnowledgeBase knowledgeBase,
      Conversation conversation,
      Optional<Path> saveFile,
      Reloading reloading) {
    this.session = new Session(knowledgeBase, conversation);
    this.saveFile = saveFile;
    this.reloading = reloading;
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
    session.acknowledgedRedFlags.putAll(acknowledged);
    Saving saving = new Saving(session, saveFile);
    if (recoveryFolder != null) {
      saving.recoveryFolder(recoveryFolder);
    }
    RedFlagStop redFlags = new RedFlagStop(session, saving::save); // saves a flag gone on past
    session.afterChange(
        () -> {
          redFlags.showNew();
          saving.save();
        });
    SaveOffer saveOffer = new SaveOffer(session, saving);
    AnswerRevision revision = new AnswerRevision(session);
    ReadOnlyCommands look = new ReadOnlyCommands(session);
    TabCompletions completions = new TabCompletions(session);
    KbaseReload reload = new KbaseReload(session, reloading);
    QuestionLoop questions =
        new QuestionLoop(session, redFlags, reload, revision, look, saving, saveOffer, completions);
    AfterReportPrompt prompt =
        new AfterReportPrompt(session, look, revision, saveOffer, completions);

    session.start(start);
    try {
      redFlags.showNew();
      Result result = questions.run();
      while (result.ending() == Ending.COMPLETED
          && afterReport != null
          && session.conversation.isInteractive()) {
        afterReport.print(session.state().report(), session.state().answers());
        Optional<Result> left = prompt.run();
        if (left.isPresent()) {
          return left.get();
        }
        result = questions.run(); // an answer was changed: what it opened is asked, then the report
      }
      return result;
    } finally {
      reload.close();
      session.close();
    }
  }
}
