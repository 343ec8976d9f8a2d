package dev.heavylegs.cli;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.interview.Interview;
import dev.heavylegs.interview.OutcomeChangesText;
import dev.heavylegs.interview.Reloading;
import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.saved.ConsultationFile;
import dev.heavylegs.interview.saved.KbaseChangeNotice;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseWatcher;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.report.Outcome;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.write.ReportWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code heavylegs consult}: an interactive consultation, or a report on an answers file.
 *
 * <p>With {@code --answers} the report is printed at once, unless the file is a saved consultation
 * and a person is at the terminal: then the consultation resumes, as with {@code --resume}.
 */
@Command(
    name = "consult",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Asks about your running and tells you why your legs feel heavy.",
    description = {
      "Asks about your running and prints the report: red flags first, then the likely causes",
      "(strongest first), the conditions found, what to do, and when to see a doctor, each with",
      "the reasons behind it. Only questions that can still change the result are asked.",
      "At a question, type ? for help and the other commands (unknown, why, back, change, how,",
      "whynot, status, reload, whatif, save, quit). A red flag is shown on a screen of its own: Enter stops",
      "there with the report so far, go on carries on. At a terminal the consultation stays open after",
      "the report (how, whynot, change, whatif, save, quit). When stdin is not a terminal, answers are",
      "read one per line, questions go to stderr and the report to stdout, and it ends with the report.",
      "With --answers FILE the report is made from the file without questions, except that a",
      "consultation saved with --save resumes when you are at a terminal (as with --resume)."
    })
final class ConsultCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "Answers file: a JSON object of question id to answer (YAML if it ends in .yaml or .yml),"
              + " or a consultation saved with --save.")
  Path answersFile;

  @Option(
      names = "--resume",
      paramLabel = "FILE",
      description =
          "Continue a saved consultation (or an answers file), asking only what is still needed.")
  Path resumeFile;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      description =
          "Save the consultation to FILE after every answer (atomically, kept private), to resume later."
              + " An existing FILE is replaced only when it is a saved consultation. With --answers, - writes the"
              + " consultation to stdout and the report to stderr.")
  Path saveFile;

  @Option(
      names = "--force",
      description =
          "Let --save replace FILE even when it is not a saved consultation"
              + " (a regular file, never a folder, device or pipe).")
  boolean force;

  @Option(
      names = "--watch",
      description = "Reload the knowledge base whenever its files change (between questions).")
  boolean watch;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportWriter.Format format;

  @Option(
      names = "--explain",
      description =
          "Text report: also show the rules (id, file, line) and the full reasoning behind each"
              + " conclusion, the conditions found and every open question. Markdown and JSON always"
              + " have them.")
  boolean explain;

  @Option(
      names = "--width",
      paramLabel = "N",
      description =
          "Text report: wrap lines at N columns (default: the terminal's width, 80 when unknown).")
  Integer width;

  @Option(
      names = "--verbose",
      description = "Show knowledge-base warnings, and stack traces on errors.")
  boolean verbose;

  @Mixin KbaseOption kbase;

  private final StandardInput input;
  private final KnowledgeBaseSource knowledgeBases;

  /**
   * Debug lines time a consultation's start-up: {@code
   * -Dorg.slf4j.simpleLogger.log.dev.heavylegs=debug}.
   */
  private static final Logger LOG = LoggerFactory.getLogger(ConsultCommand.class);

  ConsultCommand(StandardInput input, KnowledgeBaseSource knowledgeBases) {
    this.input = input;
    this.knowledgeBases = knowledgeBases;
  }

  @Override
  public Integer call() throws Exception {
    if (resumeFile != null && answersFile != null) {
      throw new ParameterException(
          spec.commandLine(), "Use --answers FILE or --resume FILE, not both");
    }
    LOG.debug("consult: command line parsed");
    Path from = resumeFile != null ? resumeFile : answersFile;
    // Parsed while the knowledge base may still be loading; checked against it once it is there.
    Optional<ConsultationFile.Parsed> parsed =
        from == null ? Optional.empty() : Optional.of(ConsultationFile.parsed(from));
    LOG.debug("consult: answers file parsed");
    KnowledgeBase knowledgeBase = knowledgeBases.get(kbase.directory());
    LOG.debug("consult: knowledge base ready");
    PrintWriter err = spec.commandLine().getErr();
    if (verbose) {
      knowledgeBase.warnings().forEach(err::println);
    }
    Optional<ConsultationFile.Loaded> loaded = Optional.empty();
    if (parsed.isPresent()) {
      loaded = Optional.of(ConsultationFile.read(parsed.get(), knowledgeBase.questions()));
    }
    boolean resume =
        resumeFile != null
            || (answersFile == null || (loaded.get().isSaved() && input.isTerminal()));
    if (!resume) {
      // Nothing will be asked, so an answer that does not fit cannot be left out to ask again:
      // a red flag answered with a typo would simply be lost. It is bad input, as in a plain file.
      if (!loaded.get().leftOut().isEmpty()) {
        throw new InvalidAnswerException(
            loaded.get().leftOut().get(0)
                + " (with --answers every saved answer must fit; --resume asks again for those that do not)");
      }
      loaded.flatMap(l -> KbaseChangeNotice.of(knowledgeBase, l)).ifPresent(err::println);
      return report(knowledgeBase, loaded.get().answers());
    }
    // A resumed consultation goes on saving where it came from, unless told otherwise; a plain
    // answers file is never overwritten.
    Path saveTo =
        saveFile != null
            ? saveFile
            : loaded.filter(ConsultationFile.Loaded::isSaved).map(l -> from).orElse(null);
    if (savesToStdout()) {
      throw new ParameterException(
          spec.commandLine(),
          "--save -: the consultation goes to stdout only with"
              + " --answers, which saves it once; an interview saves after every answer, so give it a file");
    }
    if (saveTo != null) {
      ConsultationFile.checkWritable(saveTo, force);
    }
    return interview(knowledgeBase, loaded, Optional.ofNullable(saveTo));
  }

  private int report(KnowledgeBase knowledgeBase, Answers answers) throws Exception {
    Inference inference = Consultation.run(knowledgeBase, answers);
    LOG.debug("consult: rules fired");
    Report report = new ReportBuilder(knowledgeBase).build(inference, answers);
    LOG.debug("consult: report built");
    PrintWriter reportTo = spec.commandLine().getOut();
    if (savesToStdout()) {
      // stdout carries the saved consultation, to a pipe or a redirection; the report goes beside
      // it
      byte[] saved =
          ConsultationFile.content(answers, knowledgeBase.contentHash(), Outcome.of(report));
      reportTo.print(new String(saved, StandardCharsets.UTF_8));
      reportTo.flush();
      reportTo = spec.commandLine().getErr();
    } else if (saveFile != null) {
      ConsultationFile.checkWritable(saveFile, force);
      ConsultationFile.write(saveFile, answers, knowledgeBase.contentHash(), Outcome.of(report));
    }
    reportTo.print(writer(savesToStdout()).write(report));
    LOG.debug("consult: report written");
    return ExitCode.OK;
  }

  private boolean savesToStdout() {
    return saveFile != null && saveFile.toString().equals("-");
  }

  /**
   * However an unfinished interview ends (quit, input ran out, Ctrl-C), a red flag raised before
   * that goes to stdout with the report: a script or a wrapper reads stdout, and the runner may not
   * have read the advice shown on the way.
   */
  private void reportRedFlags(Interview.Result result, PrintWriter out) {
    if (!result.report().redFlags().isEmpty()) {
      out.print(writer(false).write(result.report()));
      out.flush();
    }
  }

  /** The report's writer, laid out for where it goes (stderr when stdout carries the save). */
  private ReportWriter writer(boolean toStderr) {
    return format.writer(ReportLayout.forProcess(width, explain, toStderr));
  }

  /**
   * The complete report, and what would change it (not in JSON, which keeps to the report). With a
   * red flag, what would change comes first, so that the report, and its red flag, end the screen.
   */
  private void printReport(
      KnowledgeBase knowledgeBase, Report report, Answers answers, PrintWriter out) {
    String changes =
        format == ReportWriter.Format.JSON
            ? ""
            : new OutcomeChangesText(knowledgeBase).write(report, answers);
    boolean redFlag = !report.redFlags().isEmpty();
    out.print(redFlag ? changes : "");
    out.print(writer(false).write(report));
    out.print(redFlag ? "" : changes);
    out.flush();
  }

  private int interview(
      KnowledgeBase knowledgeBase,
      Optional<ConsultationFile.Loaded> loaded,
      Optional<Path> saveTo) {
    PrintWriter out = spec.commandLine().getOut();
    Conversation conversation =
        input.isTerminal()
            ? new TerminalConversation()
            : new ScriptedConversation(input, spec.commandLine().getErr());
    KbaseWatcher watcher = watch ? new KbaseWatcher(kbase.directory()) : null;
    Reloading reloading =
        new Reloading(
            () -> KnowledgeBaseLoader.load(kbase.directory()),
            watcher == null ? () -> false : watcher::takeChange,
            watcher != null);
    try {
      conversation.show(
          "heavylegs: why do your legs feel heavy? Answer a few questions; type ? for help.");
      loaded.flatMap(l -> KbaseChangeNotice.of(knowledgeBase, l)).ifPresent(conversation::show);
      Answers start =
          loaded.map(ConsultationFile.Loaded::answers).orElse(new Answers(Map.of(), Set.of()));
      Interview.ReportPrinter printer =
          (report, answers) -> printReport(knowledgeBase, report, answers, out);
      Interview.Result result =
          new Interview(knowledgeBase, conversation, saveTo, reloading)
              .afterReport(printer)
              .run(
                  start,
                  loaded.map(ConsultationFile.Loaded::acknowledgedRedFlags).orElse(Map.of()));
      switch (result.ending()) {
        case COMPLETED -> {
          if (!result.reportShown()) {
            printer.print(result.report(), result.answers());
          }
          return ExitCode.OK;
        }
        case STOPPED_AT_RED_FLAG -> {
          // the report so far, red flag first: the runner chose to stop and see a doctor
          out.print(writer(false).write(result.report()));
          out.flush();
          return ExitCode.OK;
        }
        case QUIT -> {
          reportRedFlags(result, out);
          return ExitCode.OK;
        }
        case END_OF_INPUT -> {
          reportRedFlags(result, out);
          return ExitCode.INCOMPLETE;
        }
        default -> {
          reportRedFlags(result, out);
          return ExitCode.INTERRUPTED;
        }
      }
    } finally {
      if (conversation instanceof TerminalConversation terminal) {
        terminal.close();
      }
      if (watcher != null) {
        watcher.close();
      }
    }
  }
}
