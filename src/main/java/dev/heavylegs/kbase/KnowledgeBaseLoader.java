package dev.heavylegs.kbase;

import dev.heavylegs.kbase.DrlAnalyzer.WrittenRule;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Loads a knowledge base folder: {@code questions.yaml}, {@code report.yaml}, the wording
 * {@code *.yaml} files and the {@code *.drl} rules, anywhere below the folder except
 * {@code scenarios/}. All problems of all files are collected in one pass; if any is an error,
 * nothing is returned.
 */
public final class KnowledgeBaseLoader {

  static final String QUESTIONS_FILE = "questions.yaml";
  static final String REPORT_FILE = "report.yaml";
  static final String SCENARIOS_DIR = "scenarios";

  private KnowledgeBaseLoader() {}

  /** The rules of the knowledge base in {@code dir} compiled to the executable model, as a kjar. */
  static byte[] executableModel(Path dir, String artifactId) {
    KbasePaths paths = new KbasePaths(dir);
    List<Path> ruleFiles = ruleFilesAmong(filesIn(dir));
    List<KbaseProblem> ignored = new ArrayList<>();
    return DroolsCompiler.executableModel(RuleSource.readAll(dir, ruleFiles, paths, ignored), artifactId);
  }

  /** The content hash of the knowledge base in {@code dir} as it is on disk now, without loading it. */
  public static String contentHash(Path dir) {
    return KbaseHash.of(dir, filesIn(dir));
  }

  /** The knowledge base in {@code dir}, checked whole. */
  public static KnowledgeBase load(Path dir) throws KbaseException {
    KbasePaths paths = new KbasePaths(dir);
    if (!Files.isDirectory(dir)) {
      throw new KbaseException(List.of(KbaseProblem.error(paths.root(), 0, 0,
          "no knowledge base here: not a directory")));
    }
    List<KbaseProblem> problems = new ArrayList<>();
    List<Path> files = filesIn(dir);

    Optional<QuestionCatalogue> questions = required(dir, QUESTIONS_FILE, paths, problems)
        .flatMap(f -> QuestionCatalogueReader.read(f, paths.shown(QUESTIONS_FILE), problems));
    Optional<ReportWording> report = required(dir, REPORT_FILE, paths, problems)
        .flatMap(f -> YamlFiles.read(f, paths.shown(REPORT_FILE), ReportWording.class, problems));
    WordingReader wordingReader = new WordingReader(problems);
    files.stream().filter(KnowledgeBaseLoader::isWordingFile)
        .forEach(f -> wordingReader.read(dir.resolve(f), paths.shown(f)));
    Wording wording = wordingReader.wording();

    List<Path> ruleFiles = ruleFilesAmong(files);
    if (ruleFiles.isEmpty()) {
      problems.add(KbaseProblem.error(paths.root(), 0, 0, "no rule files (*.drl) found"));
    }
    files.stream().filter(KnowledgeBaseLoader::looksLikeAMisnamedTable).forEach(f -> problems.add(
        KbaseProblem.warning(paths.shown(f), 1, 1, "ignored: a decision table's file name must end in"
            + " .drl.csv, .drl.xlsx or .drl.xls (Drools reads nothing else as rules)")));
    List<RuleSource> sources = RuleSource.readAll(dir, ruleFiles, paths, problems);
    // Nothing is compiled before it is known to be safe: compiling evaluates some expressions.
    Set<String> manyAnswerQuestions = questions.map(KnowledgeBaseLoader::multiChoice).orElse(Set.of());
    List<KbaseProblem> unsafe = new ArrayList<>();
    List<RuleSource> safe = new ArrayList<>();
    for (RuleSource source : sources) {
      List<KbaseProblem> found = DrlAnalyzer.parse(source.drl())
          .map(pkg -> DrlSafety.problems(pkg, source.drl(), source.shown(), manyAnswerQuestions))
          .orElse(List.of());
      found.forEach(p -> unsafe.add(source.locate(p)));
      if (found.isEmpty()) {
        safe.add(source);
      }
    }
    problems.addAll(unsafe);
    // The safe files are still compiled for their own messages; the result is used only when all are safe.
    Optional<KieBase> compiled = DroolsCompiler.compile(safe, paths, problems);
    Optional<KieBase> kieBase = unsafe.isEmpty() ? compiled : Optional.empty();

    // The checks run even when compilation failed, so one pass shows every problem.
    List<Path> unparsed = new ArrayList<>();
    RuleIndex rules = index(sources, kieBase, unparsed, problems);
    questions.ifPresent(q -> new KbaseChecks(q, wording, problems).check(rules, unparsed.isEmpty()));
    if (unparsed.isEmpty()) {
      questions.ifPresent(q -> new KbaseLint(q, wording, problems)
          .check(rules, dir.resolve(QUESTIONS_FILE), paths.shown(QUESTIONS_FILE)));
    }
    KnowledgeBase loaded = null;
    if (kieBase.isPresent() && questions.isPresent()) {
      if (report.isPresent()) {
        loaded = new KnowledgeBase(paths.root(), KbaseHash.of(dir, files), questions.get(), wording,
            report.get(), rules, kieBase.get(), warningsOf(problems));
      }
    }
    namedCells(sources, problems);
    problems.sort(KbaseProblem.BY_POSITION);
    if (loaded == null || problems.stream().anyMatch(p -> p.severity() == KbaseProblem.Severity.ERROR)) {
      throw new KbaseException(problems);
    }
    return loaded;
  }

  /**
   * Every rule as written, with its metadata as the engine compiled it; when compilation failed,
   * with its metadata as written, so the checks can still run.
   */
  private static RuleIndex index(List<RuleSource> sources, Optional<KieBase> kieBase,
      List<Path> unparsed, List<KbaseProblem> problems) {
    Map<String, Map<String, String>> compiledMetadata = new HashMap<>();
    kieBase.ifPresent(kb -> {
      for (KiePackage pkg : kb.getKiePackages()) {
        for (Rule rule : pkg.getRules()) {
          Map<String, String> metadata = new LinkedHashMap<>();
          rule.getMetaData().forEach((k, v) -> metadata.put(k, String.valueOf(v)));
          compiledMetadata.put(pkg.getName() + "\u0000" + rule.getName(), metadata);
        }
      }
    });
    List<RuleInfo> rules = new ArrayList<>();
    for (RuleSource source : sources) {
      Optional<PackageDescr> parsed = DrlAnalyzer.parse(source.drl());
      if (parsed.isEmpty()) {
        unparsed.add(source.relative());
      }
      for (WrittenRule rule : parsed.map(DrlAnalyzer::rulesIn).orElse(List.of())) {
        Map<String, String> metadata = compiledMetadata.getOrDefault(
            rule.packageName() + "\u0000" + rule.name(), rule.writtenMetadata());
        WrittenRule placed = source.table().map(rule::inTable).orElse(rule);
        rules.add(placed.withMetadata(source.shown(), metadata));
      }
    }
    rules.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
    return new RuleIndex(rules);
  }

  /** Problems in decision tables name the cell, as the expert's spreadsheet program shows it. */
  private static void namedCells(List<RuleSource> sources, List<KbaseProblem> problems) {
    for (RuleSource source : sources) {
      source.table().ifPresent(table -> problems.replaceAll(p ->
          p.path().equals(table.shown()) ? table.withCell(p) : p));
    }
  }

  private static Optional<Path> required(Path dir, String name, KbasePaths paths,
      List<KbaseProblem> problems) {
    Path file = dir.resolve(name);
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    problems.add(KbaseProblem.error(paths.shown(name), 0, 0, "missing: every knowledge base needs " + name));
    return Optional.empty();
  }

  private static Set<String> multiChoice(QuestionCatalogue questions) {
    return questions.all().stream().filter(q -> q.type() == QuestionType.MULTI_CHOICE)
        .map(Question::id).collect(Collectors.toSet());
  }

  private static List<KbaseProblem> warningsOf(List<KbaseProblem> problems) {
    return problems.stream().filter(p -> p.severity() == KbaseProblem.Severity.WARNING).toList();
  }

  /** Every regular, non-hidden file below {@code dir}, relative to it, in a stable order. */
  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(dir::relativize)
          .filter(p -> Stream.iterate(p, q -> q != null, Path::getParent)
              .noneMatch(q -> q.getFileName().toString().startsWith(".")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule files and decision tables among {@code files}, outside scenarios/. */
  private static List<Path> ruleFilesAmong(List<Path> files) {
    return files.stream()
        .filter(f -> !f.startsWith(SCENARIOS_DIR))
        .filter(f -> isRuleFile(f) || DecisionTable.isDecisionTable(f))
        .toList();
  }

  /** A spreadsheet outside scenarios/ that is not named as a decision table, so is ignored. */
  private static boolean looksLikeAMisnamedTable(Path relative) {
    String name = lowerName(relative);
    return !relative.startsWith(SCENARIOS_DIR) && !DecisionTable.isDecisionTable(relative)
        && (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls"));
  }

  static boolean isRuleFile(Path relative) {
    return lowerName(relative).endsWith(".drl");
  }

  private static boolean isWordingFile(Path relative) {
    String name = lowerName(relative);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    return yaml
        && !relative.startsWith(SCENARIOS_DIR)
        && !relative.toString().equals(QUESTIONS_FILE)
        && !relative.toString().equals(REPORT_FILE);
  }

  private static String lowerName(Path relative) {
    return relative.getFileName().toString().toLowerCase(Locale.ROOT);
  }


}
