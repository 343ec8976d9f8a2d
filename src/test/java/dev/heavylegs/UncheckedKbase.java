package dev.heavylegs;

import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.compile.DroolsCompiler;
import dev.heavylegs.kbase.drl.DrlAnalyzer;
import dev.heavylegs.kbase.read.KbasePaths;
import dev.heavylegs.kbase.read.RuleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules compiled past the loader's checks, for the engine's last guards: rules the checks refuse
 * (rules that loop) are the only way to reach them.
 */
public final class UncheckedKbase {

  private UncheckedKbase() {}

  /** A knowledge base of {@code drl} with the shipped questions and wording, not checked. */
  public static KnowledgeBase of(String drl) {
    KnowledgeBase shipped = ShippedKbase.get();
    List<KbaseProblem> problems = new ArrayList<>();
    RuleSource source = new RuleSource(Path.of("loop.drl"), "loop.drl", drl, Optional.empty());
    var kieBase =
        DroolsCompiler.compile(List.of(source), new KbasePaths(Path.of(".")), problems)
            .orElseThrow(() -> new AssertionError(problems.toString()));
    List<RuleInfo> rules =
        DrlAnalyzer.rulesIn(drl).orElseThrow().stream()
            .map(r -> r.withMetadata("loop.drl", r.writtenMetadata()))
            .toList();
    return new KnowledgeBase(
        "loop",
        "sha256:test",
        shipped.questions(),
        shipped.wording(),
        shipped.reportWording(),
        new RuleIndex(rules),
        kieBase,
        List.of());
  }
}
