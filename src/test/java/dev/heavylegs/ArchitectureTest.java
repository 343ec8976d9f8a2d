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
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.mutate.KbaseMutants;
import dev.heavylegs.kbase.read.KbaseWatcher;
import java.util.List;
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

  /**
   * The layers, lowest first, grouped in tiers: a layer may be used only by the layers of the tiers
   * after its own. The four uses of a consultation share a tier: they do not use one another. The
   * service answers over HTTP what the interview and the batch answer at a terminal, with their
   * words and their records, so it comes after them.
   */
  private static final List<List<Layer>> TIERS =
      List.of(
          List.of(
              new Layer(
                  "Foundations",
                  "dev.heavylegs.facts..",
                  "dev.heavylegs.json..",
                  "dev.heavylegs.files..")),
          List.of(new Layer("Questions", "dev.heavylegs.questions..")),
          List.of(new Layer("Kbase", "dev.heavylegs.kbase..")),
          List.of(new Layer("Explain", "dev.heavylegs.explain..")),
          List.of(new Layer("Engine", "dev.heavylegs.engine..")),
          List.of(new Layer("Relevance", "dev.heavylegs.relevance..")),
          List.of(new Layer("Report", "dev.heavylegs.report..")),
          List.of(
              new Layer("Authoring", "dev.heavylegs.authoring.."),
              new Layer("Scenarios", "dev.heavylegs.scenarios.."),
              new Layer("Interview", "dev.heavylegs.interview.."),
              new Layer("Batch", "dev.heavylegs.batch..")),
          List.of(new Layer("Serve", "dev.heavylegs.serve..")),
          List.of(new Layer("Cli", "dev.heavylegs.cli..")),
          List.of(new Layer("Main", "dev.heavylegs")));

  private record Layer(String name, String... packages) {}

  /** Each layer may use only the layers before it; none may reach the command line from below. */
  @Test
  void layersDependOnlyOnTheLayersBeforeThem() {
    LayeredArchitecture layers =
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.heavylegs..");
    for (List<Layer> tier : TIERS) {
      for (Layer layer : tier) {
        layers = layers.layer(layer.name()).definedBy(layer.packages());
      }
    }
    for (int t = 0; t < TIERS.size(); t++) {
      String[] higher =
          TIERS.subList(t + 1, TIERS.size()).stream()
              .flatMap(List::stream)
              .map(Layer::name)
              .toArray(String[]::new);
      for (Layer layer : TIERS.get(t)) {
        layers =
            higher.length == 0
                ? layers.whereLayer(layer.name()).mayNotBeAccessedByAnyLayer()
                : layers.whereLayer(layer.name()).mayOnlyBeAccessedByLayers(higher);
      }
    }
    layers.check(classes);
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
   * Outside the knowledge-base packages, only its model, the cache facade, the loader, the watcher
   * and the mutants of mutation testing are used: how a base is read, checked, compiled and cached
   * stays behind them.
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
                            KbaseCache.class,
                            KnowledgeBaseLoader.class,
                            KbaseWatcher.class,
                            KbaseMutants.class))))
        .as(
            "outside kbase.*, only the model, KbaseCache, KnowledgeBaseLoader, KbaseWatcher and"
                + " KbaseMutants are used")
        .check(classes);
  }
}
