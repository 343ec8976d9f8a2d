package dev.heavylegs.cli;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.KnowledgeBaseLoader;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.AnswersReader;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.ReportWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code heavylegs consult --answers FILE}: runs a consultation and prints the report. */
@Command(
    name = "consult",
    mixinStandardHelpOptions = true,
    description = {
        "Runs a consultation on a runner's answers and prints the report.",
        "The report shows red flags first, then the likely causes (strongest first), the",
        "conditions found, what to do, and when to see a doctor, each with the reasons behind it."
    })
final class ConsultCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--answers", paramLabel = "FILE",
      description = "Answers file: a JSON object of question id to answer (YAML if it ends in .yaml).")
  Path answersFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportWriter.Format format;

  @Option(names = "--verbose", description = "Show knowledge-base warnings, and stack traces on errors.")
  boolean verbose;

  @Mixin
  KbaseOption kbase;

  @Override
  public Integer call() throws Exception {
    if (answersFile == null) {
      throw new ParameterException(spec.commandLine(),
          "Missing --answers FILE (interactive consultations are not available yet)");
    }
    KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(kbase.directory());
    if (verbose) {
      knowledgeBase.warnings().forEach(w -> spec.commandLine().getErr().println(w));
    }
    Answers answers = new AnswersReader(knowledgeBase.questions()).read(answersFile);
    Inference inference = Consultation.run(knowledgeBase, answers);
    Report report = new ReportBuilder(knowledgeBase).build(inference, answers);
    spec.commandLine().getOut().print(format.writer().write(report));
    return ExitCode.OK;
  }
}
