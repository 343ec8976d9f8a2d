package dev.heavylegs.kbase;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles the rule files with Drools' classic engine (the one with precise {@code file:line}
 * messages) into a {@link KieBase}. Each compiler message becomes a {@link KbaseProblem}.
 */
final class DroolsCompiler {

  /** Where a KieFileSystem expects resources; Drools reports paths relative to it. */
  private static final String RESOURCES = "src/main/resources/";

  private DroolsCompiler() {}

  /**
   * The compiled rules, or empty when any file has an error; problems go to {@code out}.
   *
   * @param ruleFiles the rule files, relative to {@code kbaseDir}
   */
  static Optional<KieBase> compile(
      Path kbaseDir, List<Path> ruleFiles, KbasePaths paths, List<KbaseProblem> out) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    for (Path relative : ruleFiles) {
      files.write(RESOURCES + KbasePaths.slashed(relative),
          services.getResources().newFileSystemResource(kbaseDir.resolve(relative).toFile()));
    }
    // KieRepository is JVM-wide and keyed by release id: builds must not interleave.
    synchronized (DroolsCompiler.class) {
      KieBuilder builder = services.newKieBuilder(files).buildAll();
      boolean failed = false;
      for (Message message : builder.getResults().getMessages()) {
        CompilerMessages.toProblem(message, paths, kbaseDir).ifPresent(out::add);
        failed |= message.getLevel() == Message.Level.ERROR;
      }
      if (failed) {
        return Optional.empty();
      }
      return Optional.of(services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
    }
  }
}
