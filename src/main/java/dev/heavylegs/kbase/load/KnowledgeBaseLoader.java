package dev.heavylegs.kbase.load;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.ReportWording;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.kbase.check.AnswerPhraseChecks;
import dev.heavylegs.kbase.check.CatalogueChecks;
import dev.heavylegs.kbase.check.DrlSafety;
import dev.heavylegs.kbase.check.KbaseChecks;
import dev.heavylegs.kbase.check.KbaseLint;
import dev.heavylegs.kbase.compile.DroolsCompiler;
import dev.heavylegs.kbase.drl.DrlAnalyzer;
import dev.heavylegs.kbase.drl.DrlAnalyzer.WrittenRule;
import dev.heavylegs.kbase.read.DecisionTable;
import dev.heavylegs.kbase.read.KbaseFiles;
import dev.heavylegs.kbase.read.KbasePaths;
import dev.heavylegs.kbase.read.KbaseSnapshot;
import dev.heavylegs.kbase.read.QuestionCatalogueReader;
import dev.heavylegs.kbase.read.RuleSource;
import dev.heavylegs.kbase.read.WordingReader;
import dev.heavylegs.kbase.read.YamlFiles;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Loads a knowledge base folder: {@code questions.yaml}, {@code report.yaml}, the wording {@code
 * *.yaml} files and the {@code *.drl} rules, anywhere below the folder except {@code scenarios/}.
 * Every file is read once, into a {@link KbaseSnapshot}, and all of it is worked out from that
 * copy. All problems of all files are collected in one pass; if any is an error, nothing is
 * returned.
 */
public final class KnowledgeBaseLoader {

  static final String QUESTIONS_FILE = "questions.yaml";
  static final String REPORT_FILE = "report.yaml";
  static final String SCENARIOS_DIR = "scenarios";

  /** Far beyond any knowledge base written by hand; past it the checks would take minutes. */
  private static final int MAX_RULES = 2000;

  private static final int MAX_RULE_FILE_CHARS = 1024 * 1024;

  private KnowledgeBaseLoader() {}

  /**
   * A knowledge base that passed every check, and the rule sources it was compiled from: the very
   * text the checks passed, which is all the executable model of the cache may be compiled from.
   */
  public record Checked(KnowledgeBase knowledgeBase, List<RuleSource> sources) {}

  /**
   * The scenario files ({@code scenarios/**.yaml}) of the knowledge base in {@code dir}, found as
   * its other files are: through links that stay inside it. Paths are below {@code dir}.
   */
  public static List<Path> scenarioFiles(Path dir) {
    return KbaseFiles.walk(dir, new KbasePaths(dir)).files().keySet().stream()
        .filter(f -> f.startsWith(SCENARIOS_DIR))
        .filter(f -> lowerName(f).endsWith(".yaml") || lowerName(f).endsWith(".yml"))
        .map(dir::resolve)
        .toList();
  }

  /** The knowledge base in {@code dir}, checked whole: a {@link KbaseSnapshot} of it, loaded. */
  public static KnowledgeBase load(Path dir) throws KbaseException {
    return load(KbaseSnapshot.of(dir));
  }

  /** The knowledge base in {@code dir}, checked whole, with the sources it was compiled from. */
  public static Checked checked(Path dir) throws KbaseException {
    return checked(KbaseSnapshot.of(dir));
  }

  /** The knowledge base in {@code snapshot}, checked whole. */
  public static KnowledgeBase load(KbaseSnapshot snapshot) throws KbaseException {
    return checked(snapshot).knowledgeBase();
  }

  /**
   * The knowledge base in {@code snapshot}, checked whole, with the sources it was compiled from.
   */
  public static Checked checked(KbaseSnapshot snapshot) throws KbaseException {
    KbasePaths paths = new KbasePaths(snapshot.dir());
    List<KbaseProblem> problems = new ArrayList<>();
    List<Path> files = snapshot.files();

    Optional<String> questionsText = required(snapshot, QUESTIONS_FILE, paths, problems);
    Optional<QuestionCatalogue> questions =
        questionsText.flatMap(
            t -> QuestionCatalogueReader.read(t, paths.shown(QUESTIONS_FILE), problems));
    Optional<String> reportText = required(snapshot, REPORT_FILE, paths, problems);
    Optional<ReportWording> report =
        reportText.flatMap(
            t -> YamlFiles.read(t, paths.shown(REPORT_FILE), ReportWording.class, problems));
    WordingReader wordingReader = new WordingReader(problems);
    files.stream()
        .filter(KnowledgeBaseLoader::isWordingFile)
        .forEach(
            f ->
                text(snapshot, f, paths, problems)
                    .ifPresent(t -> wordingReader.read(t, paths.shown(f))));
    Wording wording = wordingReader.wording();

    List<Path> ruleFiles = ruleFilesAmong(files);
    if (ruleFiles.isEmpty()) {
      problems.add(KbaseProblem.error(paths.root(), 0, 0, "no rule files (*.drl) found"));
    }
    files.stream()
        .filter(KnowledgeBaseLoader::looksLikeAMisnamedTable)
        .forEach(
            f ->
                problems.add(
                    KbaseProblem.warning(
                        paths.shown(f),
                        1,
                        1,
                        "ignored: a decision table's file name must end in"
                            + " .drl.csv, .drl.xlsx or .drl.xls (Drools reads nothing else as rules)")));
    List<RuleSource> sources = RuleSource.readAll(snapshot, ruleFiles, paths, problems);
    // Nothing is compiled before it is known to be safe: compiling evaluates some expressions.
    Set<String> manyAnswerQuestions =
        questions.map(KnowledgeBaseLoader::multiChoice).orElse(Set.of());
    List<KbaseProblem> unsafe = new ArrayList<>();
    List<RuleSource> safe = new ArrayList<>();
    Map<RuleSource, Optional<PackageDescr>> trees = new HashMap<>();
    for (RuleSource source : sources) {
      List<KbaseProblem> found = new ArrayList<>();
      Optional<PackageDescr> tree = parsed(source, found);
      trees.put(source, tree);
      tree.ifPresent(
          pkg ->
              found.addAll(
                  DrlSafety.problems(pkg, source.drl(), source.shown(), manyAnswerQuestions)));
      found.forEach(p -> unsafe.add(source.locate(p)));
      if (found.isEmpty()) {
        safe.add(source);
      }
    }
    int ruleCount =
        trees.values().stream()
            .flatMap(Optional::stream)
            .mapToInt(pkg -> pkg.getRules().size())
            .sum();
    if (ruleCount > MAX_RULES) {
      unsafe.add(
          KbaseProblem.error(
              paths.root(),
              0,
              0,
              ruleCount
                  + " rules: heavylegs reads at most "
                  + MAX_RULES
                  + " (it is built and measured for about 1000)"));
    }
    problems.addAll(unsafe);
    // The safe files are still compiled for their own messages; the result is used only when all
    // are safe.
    Optional<KieBase> compiled =
        ruleCount > MAX_RULES ? Optional.empty() : DroolsCompiler.compile(safe, paths, problems);
    Optional<KieBase> kieBase = unsafe.isEmpty() ? compiled : Optional.empty();

    // The checks run even when compilation failed, so one pass shows every problem.
    List<Path> unparsed = new ArrayList<>();
    RuleIndex rules =
        ruleCount > MAX_RULES ? new RuleIndex(List.of()) : index(sources, trees, kieBase, unparsed);
    questions.ifPresent(
        q ->
            new KbaseChecks(q, wording, problems)
                .check(
                    rules,
                    unparsed.isEmpty() && sources.size() == ruleFiles.size(),
                    wordingReader.allFilesRead()));
    questions.ifPresent(
        q ->
            new CatalogueChecks(
                    q, questionsText.orElseThrow(), paths.shown(QUESTIONS_FILE), problems)
                .check());
    if (questions.isPresent() && report.isPresent()) {
      new AnswerPhraseChecks(
              questions.get(),
              report.get(),
              reportText.orElseThrow(),
              paths.shown(REPORT_FILE),
              problems)
          .check();
    }
    // a rule file or table that could not be read (sources has fewer) leaves the rules unknown
    if (unparsed.isEmpty() && sources.size() == ruleFiles.size()) {
      questions.ifPresent(
          q ->
              new KbaseLint(q, wording, problems)
                  .check(rules, questionsText.orElseThrow(), paths.shown(QUESTIONS_FILE)));
    }
    KnowledgeBase loaded = null;
    if (kieBase.isPresent() && questions.isPresent()) {
      if (report.isPresent()) {
        loaded =
            new KnowledgeBase(
                paths.root(),
                snapshot.hash(),
                questions.get(),
                wording,
                report.get(),
                rules,
                kieBase.get(),
                warningsOf(problems));
      }
    }
    namedCells(sources, problems);
    for (RuleSource source : sources) {
      source.table().ifPresent(table -> problems.removeIf(table::isFollowOn));
    }
    problems.sort(KbaseProblem.BY_POSITION);
    if (loaded == null
        || problems.stream().anyMatch(p -> p.severity() == KbaseProblem.Severity.ERROR)) {
      throw new KbaseException(problems);
    }
    return new Checked(loaded, List.copyOf(safe)); // here every source is safe
  }

  /**
   * The knowledge base of {@code base} with its rules compiled from {@code sources} instead: a
   * variant that differs from it by a change known to keep the rules valid, such as a mutant of a
   * threshold. Nothing is checked again; questions and wording are the base's.
   *
   * @throws IllegalStateException when the rules do not compile after all
   */
  public static KnowledgeBase variant(Checked base, List<RuleSource> sources) {
    KieBase kieBase = DroolsCompiler.compileVariant(sources);
    Map<RuleSource, Optional<PackageDescr>> trees = new HashMap<>();
    sources.forEach(source -> trees.put(source, DrlAnalyzer.parse(source.drl())));
    RuleIndex rules = index(sources, trees, Optional.of(kieBase), new ArrayList<>());
    return base.knowledgeBase().withCompiled(rules, kieBase);
  }

  /**
   * The parse tree of {@code source}, or empty: when it has syntax errors (the compiler reports
   * them), and when it cannot be read at all, which is a problem of its own and keeps it from the
   * compiler, whose parser would fail the same way.
   */
  private static Optional<PackageDescr> parsed(RuleSource source, List<KbaseProblem> problems) {
    if (source.drl().length() > MAX_RULE_FILE_CHARS) {
      problems.add(
          KbaseProblem.error(
              source.shown(),
              0,
              0,
              "larger than "
                  + MAX_RULE_FILE_CHARS / 1024
                  + " KB: split the rules into several files"));
      return Optional.empty();
    }
    try {
      return DrlAnalyzer.parse(source.drl());
    } catch (StackOverflowError e) {
      problems.add(
          KbaseProblem.error(
              source.shown(),
              0,
              0,
              "the rules are nested too deeply to read"
                  + " (hundreds of brackets or nots inside each other): write them flatter"));
      return Optional.empty();
    }
  }

  /**
   * Every rule as written, with its metadata as the engine compiled it; when compilation failed,
   * with its metadata as written, so the checks can still run.
   */
  private static RuleIndex index(
      List<RuleSource> sources,
      Map<RuleSource, Optional<PackageDescr>> trees,
      Optional<KieBase> kieBase,
      List<Path> unparsed) {
    Map<String, Map<String, String>> compiledMetadata = new HashMap<>();
    kieBase.ifPresent(
        kb -> {
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
      Optional<PackageDescr> parsed = trees.get(source);
      if (parsed.isEmpty()) {
        unparsed.add(source.relative());
      }
      for (WrittenRule rule : parsed.map(DrlAnalyzer::rulesIn).orElse(List.of())) {
        Map<String, String> metadata =
            compiledMetadata.getOrDefault(
                rule.packageName() + "\u0000" + rule.name(), rule.writtenMetadata());
        WrittenRule placed = source.table().map(rule::inTable).orElse(rule);
        rules.add(placed.withMetadata(source.shown(), metadata));
      }
    }
    rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
    return new RuleIndex(rules);
  }

  /** Problems in decision tables name the cell, as the expert's spreadsheet program shows it. */
  private static void namedCells(List<RuleSource> sources, List<KbaseProblem> problems) {
    for (RuleSource source : sources) {
      source
          .table()
          .ifPresent(
              table ->
                  problems.replaceAll(p -> p.path().equals(table.shown()) ? table.withCell(p) : p));
    }
  }

  /** The text of {@code name}, which every knowledge base has. */
  private static Optional<String> required(
      KbaseSnapshot snapshot, String name, KbasePaths paths, List<KbaseProblem> problems) {
    Path file = Path.of(name);
    if (snapshot.has(file)) {
      return text(snapshot, file, paths, problems);
    }
    problems.add(
        KbaseProblem.error(paths.shown(name), 0, 0, "missing: every knowledge base needs " + name));
    return Optional.empty();
  }

  private static Optional<String> text(
      KbaseSnapshot snapshot, Path file, KbasePaths paths, List<KbaseProblem> problems) {
    try {
      return Optional.of(snapshot.text(file));
    } catch (CharacterCodingException e) {
      problems.add(
          KbaseProblem.error(
              paths.shown(file), 0, 0, "cannot read the file: it is not UTF-8 text"));
      return Optional.empty();
    }
  }

  private static Set<String> multiChoice(QuestionCatalogue questions) {
    return questions.all().stream()
        .filter(q -> q.type() == QuestionType.MULTI_CHOICE)
        .map(Question::id)
        .collect(Collectors.toSet());
  }

  private static List<KbaseProblem> warningsOf(List<KbaseProblem> problems) {
    return problems.stream().filter(p -> p.severity() == KbaseProblem.Severity.WARNING).toList();
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
    return !relative.startsWith(SCENARIOS_DIR)
        && !DecisionTable.isDecisionTable(relative)
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
