package dev.heavylegs.cli;

import dev.heavylegs.kbase.mutate.KbaseMutants.Kind;
import dev.heavylegs.kbase.mutate.KbaseMutants.Mutant;
import dev.heavylegs.scenarios.MutationCheck;
import dev.heavylegs.scenarios.MutationCheck.Fate;
import dev.heavylegs.scenarios.MutationCheck.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints what {@code test --mutate} found: the counts, then every change no scenario noticed. */
final class MutationReport {

  private final PrintWriter out;

  MutationReport(PrintWriter out) {
    this.out = out;
  }

  /** Runs the check and prints it; true when every mutant was noticed. */
  boolean print(MutationCheck check, int threads) throws InterruptedException {
    long start = System.nanoTime();
    MutationCheck.Result result = check.run(threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Finding> survivors = result.with(Fate.SURVIVED);
    List<Finding> notBuilt = result.with(Fate.NOT_BUILT);
    out.println();
    out.printf(
        Locale.ROOT,
        "mutation check: %d changes (%s): %d noticed by a scenario, %d not noticed%s%n",
        result.findings().size(),
        kinds(result.findings()),
        result.with(Fate.NOTICED).size(),
        survivors.size(),
        notBuilt.isEmpty() ? "" : ", " + notBuilt.size() + " did not compile (skipped)");
    for (Finding survivor : survivors) {
      Mutant mutant = survivor.mutant();
      out.println(
          "NOT NOTICED  "
              + mutant.where()
              + ": "
              + mutant.rule().id()
              + ": "
              + mutant.change()
              + " passes all scenarios"
              + survivor
                  .suggestion()
                  .map(s -> ": add one that tells them apart, such as:")
                  .orElse(
                      "; no scenario made from the existing ones tells them apart: if the"
                          + " change makes no difference, the rule can be simpler, else write"
                          + " one by hand"));
      survivor
          .suggestion()
          .ifPresent(yaml -> yaml.lines().forEach(line -> out.println("    " + line)));
    }
    for (String comparison : result.notChecked()) {
      out.println(
          "not checked  " + comparison + " (only comparisons with a written number are changed)");
    }
    for (Finding skipped : notBuilt) {
      out.println(
          "skipped  "
              + skipped.mutant().where()
              + ": "
              + skipped.mutant().change()
              + " does not compile: "
              + skipped.detail());
    }
    out.printf(
        Locale.ROOT,
        "mutation check took %.1f s on %d thread%s%n",
        seconds,
        threads,
        threads == 1 ? "" : "s");
    return survivors.isEmpty();
  }

  private static String kinds(List<Finding> findings) {
    Map<Kind, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.mutant().kind(), 1, Integer::sum));
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (kind, n) -> {
          if (!text.isEmpty()) {
            text.append(", ");
          }
          text.append(n).append(' ').append(label(kind, n));
        });
    return text.toString();
  }

  private static String label(Kind kind, int n) {
    return switch (kind) {
      case THRESHOLD -> n == 1 ? "threshold moved" : "thresholds moved";
      case BOUNDARY -> n == 1 ? "boundary flipped" : "boundaries flipped";
      case WEIGHT -> n == 1 ? "weight changed" : "weights changed";
      case NOT -> n == 1 ? "not left out" : "nots left out";
    };
  }
}
