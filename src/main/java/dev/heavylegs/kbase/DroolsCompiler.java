package dev.heavylegs.kbase;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * @param sources the rule files and decision tables, as DRL
   */
  static Optional<KieBase> compile(List<RuleSource> sources, KbasePaths paths, List<KbaseProblem> out) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    Map<String, RuleSource> byCompiledPath = new HashMap<>();
    for (RuleSource source : sources) {
      files.write(RESOURCES + source.compiledPath(), source.drl());
      byCompiledPath.put(source.compiledPath(), source);
    }
    // KieRepository is JVM-wide and keyed by release id: builds must not interleave.
    synchronized (DroolsCompiler.class) {
      KieBuilder builder = services.newKieBuilder(files).buildAll();
      boolean failed = false;
      for (Message message : builder.getResults().getMessages()) {
        CompilerMessages.toProblem(message, byCompiledPath, paths).ifPresent(out::add);
        failed |= message.getLevel() == Message.Level.ERROR;
      }
      if (failed) {
        return Optional.empty();
      }
      return Optional.of(services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
    }
  }

  /**
   * The rules compiled to Drools' executable model, as kjar bytes that {@link #fromKjar} loads
   * without compiling again. Slower to build than {@link #compile}, much faster to load; used only
   * for sources that already compiled cleanly.
   */
  static byte[] executableModel(List<RuleSource> sources, String artifactId) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(services.newReleaseId("dev.heavylegs.kbase", artifactId, "1"));
    files.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>");
    for (RuleSource source : sources) {
      files.write(RESOURCES + source.compiledPath(), source.drl());
    }
    synchronized (DroolsCompiler.class) {
      KieBuilder builder = services.newKieBuilder(files)
          .buildAll(org.drools.model.codegen.ExecutableModelProject.class);
      if (builder.getResults().hasMessages(Message.Level.ERROR)) {
        throw new IllegalStateException("the executable model does not build: "
            + builder.getResults().getMessages(Message.Level.ERROR));
      }
      return ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
    }
  }

  /** The knowledge base in a kjar written by {@link #executableModel}. */
  static KieBase fromKjar(byte[] kjar) {
    KieServices services = KieServices.Factory.get();
    synchronized (DroolsCompiler.class) {
      org.kie.api.builder.KieModule module =
          services.getRepository().addKieModule(services.getResources().newByteArrayResource(kjar));
      return services.newKieContainer(module.getReleaseId()).getKieBase();
    }
  }
}
