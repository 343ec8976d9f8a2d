package dev.heavylegs;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseWatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package conventions of docs/ARCHITECTURE.md, checked on the compiled main classes, so that
 * they hold without anyone remembering them. A failure names the class and the dependency that
 * breaks the rule.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.heavylegs");
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("dev.heavylegs.(**)").should().beFreeOfCycles().check(classes);
  }

  /** Each layer may use only the layers before it; none may reach the command line from below. */
  @Test
  void layersDependOnlyOnTheLayersBeforeThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("dev.heavylegs..")
        .layer("Foundations")
        .definedBy("dev.heavylegs.facts..", "dev.heavylegs.json..", "dev.heavylegs.files..")
        .layer("Questions")
        .definedBy("dev.heavylegs.questions..")
        .layer("Kbase")
        .definedBy("dev.heavylegs.kbase..")
        .layer("Explain")
        .definedBy("dev.heavylegs.explain..")
        .layer("Engine")
        .definedBy("dev.heavylegs.engine..")
        .layer("Relevance")
        .definedBy("dev.heavylegs.relevance..")
        .layer("Report")
        .definedBy("dev.heavylegs.report..")
        // the four uses of a consultation stand side by side and do not use one another
        .layer("Authoring")
        .definedBy("dev.heavylegs.authoring..")
        .layer("Scenarios")
        .definedBy("dev.heavylegs.scenarios..")
        .layer("Interview")
        .definedBy("dev.heavylegs.interview..")
        .layer("Batch")
        .definedBy("dev.heavylegs.batch..")
        .layer("Cli")
        .definedBy("dev.heavylegs.cli..")
        .layer("Main")
        .definedBy("dev.heavylegs")
        .whereLayer("Main")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Cli")
        .mayOnlyBeAccessedByLayers("Main")
        .whereLayer("Authoring")
        .mayOnlyBeAccessedByLayers("Cli", "Main")
        .whereLayer("Scenarios")
        .mayOnlyBeAccessedByLayers("Cli", "Main")
        .whereLayer("Interview")
        .mayOnlyBeAccessedByLayers("Cli", "Main")
        .whereLayer("Batch")
        .mayOnlyBeAccessedByLayers("Cli", "Main")
        .whereLayer("Report")
        .mayOnlyBeAccessedByLayers("Authoring", "Scenarios", "Interview", "Batch", "Cli", "Main")
        .whereLayer("Relevance")
        .mayOnlyBeAccessedByLayers(
            "Report", "Authoring", "Scenarios", "Interview", "Batch", "Cli", "Main")
        .whereLayer("Engine")
        .mayOnlyBeAccessedByLayers(
            "Relevance", "Report", "Authoring", "Scenarios", "Interview", "Batch", "Cli", "Main")
        .whereLayer("Explain")
        .mayOnlyBeAccessedByLayers(
            "Engine",
            "Relevance",
            "Report",
            "Authoring",
            "Scenarios",
            "Interview",
            "Batch",
            "Cli",
            "Main")
        .whereLayer("Kbase")
        .mayOnlyBeAccessedByLayers(
            "Explain",
            "Engine",
            "Relevance",
            "Report",
            "Authoring",
            "Scenarios",
            "Interview",
            "Batch",
            "Cli",
            "Main")
        .whereLayer("Questions")
        .mayOnlyBeAccessedByLayers(
            "Kbase",
            "Explain",
            "Engine",
            "Relevance",
            "Report",
            "Authoring",
            "Scenarios",
            "Interview",
            "Batch",
            "Cli",
            "Main")
        .check(classes);
  }

  @Test
  void droolsTypesStayInKbaseEngineAndExplain() {
    noClasses()
        .that(
            not(
                resideInAnyPackage(
                    "dev.heavylegs.kbase..", "dev.heavylegs.engine..", "dev.heavylegs.explain..")))
        .and(resideInAPackage("dev.heavylegs.."))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.kie..", "org.drools..")
        .as("Drools types are used only in kbase, engine and explain")
        .check(classes);
  }

  @Test
  void theCommandLineHasNoDroolsImports() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.heavylegs.cli..", "dev.heavylegs")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.kie..", "org.drools..")
        .check(classes);
  }

  /**
   * Outside the knowledge-base packages, only its model, the cache facade, the loader and the
   * watcher are used: how a base is read, checked, compiled and cached stays behind them.
   */
  @Test
  void theKbaseIsEnteredOnlyThroughItsModelAndItsDoors() {
    noClasses()
        .that(not(resideInAPackage("dev.heavylegs.kbase..")))
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.heavylegs.kbase..")
                .and(not(resideInAPackage("dev.heavylegs.kbase")))
                .and(
                    not(
                        belongToAnyOf(
                            KbaseCache.class, KnowledgeBaseLoader.class, KbaseWatcher.class))))
        .as(
            "outside kbase.*, only the model, KbaseCache, KnowledgeBaseLoader and KbaseWatcher are used")
        .check(classes);
  }
}
