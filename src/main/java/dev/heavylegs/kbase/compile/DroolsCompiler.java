package dev.heavylegs.kbase.compile;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.read.KbasePaths;
import dev.heavylegs.kbase.read.RuleSource;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the rule files with Drools' classic engine (the one with precise {@code file:line}
 * messages) into a {@link KieBase}. Each compiler message becomes a {@link KbaseProblem}.
 */
public final class DroolsCompiler {

  /** Where a KieFileSystem expects resources; Drools reports paths relative to it. */
  private static final String RESOURCES = "src/main/resources/";

  /** Where Drools puts the class that lists a kjar's executable models. */
  private static final String PROJECT_MODEL = "org.drools.project.model.ProjectModel";

  private DroolsCompiler() {}

  /**
   * The compiled rules, or empty when any file has an error; problems go to {@code out}.
   *
   * @param sources the rule files and decision tables, as DRL
   */
  public static Optional<KieBase> compile(
      List<RuleSource> sources, KbasePaths paths, List<KbaseProblem> out) {
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
      List<Message> messages = builder.getResults().getMessages();
      boolean duplicateNames =
          messages.stream()
              .anyMatch(
                  m ->
                      m.getText() != null
                          && m.getText().startsWith(DuplicateRuleNames.DROOLS_PREFIX));
      for (Message message : messages) {
        // one mistake may trip the parser twice: say it once
        CompilerMessages.toProblem(message, byCompiledPath, paths, duplicateNames)
            .filter(p -> !out.contains(p))
            .ifPresent(out::add);
        failed |= message.getLevel() == Message.Level.ERROR;
      }
      if (failed) {
        return Optional.empty();
      }
      return Optional.of(
          services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
    }
  }

  /**
   * The rules of {@code sources}, which differ from sources that compiled cleanly by a change that
   * keeps them valid (a mutant of a checked knowledge base): compiled straight into a KieBase,
   * without a KieContainer, so that several can be built at once.
   *
   * @throws IllegalStateException when they do not compile after all
   */
  public static KieBase compileVariant(List<RuleSource> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    for (RuleSource source : sources) {
      builder.add(
          ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8))
              .setSourcePath(RESOURCES + source.compiledPath()),
          ResourceType.DRL);
    }
    if (builder.hasErrors()) {
      throw new IllegalStateException(builder.getErrors().toString());
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    return base;
  }

  /**
   * The rules compiled to Drools' executable model, as kjar bytes that {@link #fromKjar} loads
   * without compiling again. Slower to build than {@link #compile}, much faster to load; used only
   * for sources that already compiled cleanly.
   */
  public static byte[] executableModel(List<RuleSource> sources, String artifactId) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.generateAndWritePomXML(services.newReleaseId("dev.heavylegs.kbase", artifactId, "1"));
    files.writeKModuleXML("<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\"/>");
    for (RuleSource source : sources) {
      files.write(RESOURCES + source.compiledPath(), source.drl());
    }
    synchronized (DroolsCompiler.class) {
      KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
      if (builder.getResults().hasMessages(Message.Level.ERROR)) {
        throw new IllegalStateException(
            "the executable model does not build: "
                + builder.getResults().getMessages(Message.Level.ERROR));
      }
      return ((InternalKieModule) builder.getKieModule()).getBytes();
    }
  }

  /**
   * The knowledge base in a kjar file written by {@link #executableModel}. The kjar's generated
   * classes are loaded and linked straight into a KieBase; going through a KieContainer instead
   * (kmodule and pom parsing, the KieRepository) costs about half a second more at start-up.
   */
  public static KieBase fromKjar(Path kjar) throws IOException, ReflectiveOperationException {
    // The loader lives as long as the KieBase: consequences load their classes lazily.
    KjarClassLoader rules = KjarClassLoader.of(kjar, DroolsCompiler.class.getClassLoader());
    String projectModel =
        rules
            .classNamed(PROJECT_MODEL)
            .orElseThrow(() -> new IOException(kjar + " holds no executable model"));
    CanonicalKieModuleModel model =
        (CanonicalKieModuleModel)
            rules.loadClass(projectModel).getDeclaredConstructor().newInstance();
    List<Model> models = model.getModels();
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException("loading " + kjar + " was called off");
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }
}
