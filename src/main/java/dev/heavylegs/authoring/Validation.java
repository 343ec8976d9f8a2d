package dev.heavylegs.authoring;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code heavylegs validate} checks: the loader's checks (compilation, metadata,
 * wording, catalogue, safety, redundancy), then, on a base that loads, that every conclusion can be
 * reached.
 *
 * @param problems every problem found, in file and line order
 * @param knowledgeBase the knowledge base, when it loaded
 */
public record Validation(List<KbaseProblem> problems, Optional<KnowledgeBase> knowledgeBase) {

  /** Validates the knowledge base in {@code dir}. */
  public static Validation of(Path dir) {
    List<KbaseProblem> problems = new ArrayList<>();
    Optional<KnowledgeBase> loaded = Optional.empty();
    try {
      KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(dir);
      loaded = Optional.of(knowledgeBase);
      problems.addAll(knowledgeBase.warnings());
      problems.addAll(new Reachability(knowledgeBase).problems());
    } catch (KbaseException e) {
      problems.addAll(e.problems());
    }
    problems.sort(KbaseProblem.BY_POSITION);
    return new Validation(List.copyOf(problems), loaded);
  }

  public long errors() {
    return problems.stream().filter(p -> p.severity() == KbaseProblem.Severity.ERROR).count();
  }

  public long warnings() {
    return problems.stream().filter(p -> p.severity() == KbaseProblem.Severity.WARNING).count();
  }
}
