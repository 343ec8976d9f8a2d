package dev.heavylegs.bench;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one knowledge base costs in-process, for {@code bench/scaling.sh}: (a) the classic compile
 * with every check ({@link KnowledgeBaseLoader#load}), (b) building the cache entry (classic load
 * plus the executable model) and loading from it, (c) one consultation with its report, warm. Run
 * it in a fresh JVM per base: the first load of each kind is then as cold as in a real start (minus
 * class data sharing), the later ones show the warm cost.
 *
 * <pre>java ... dev.heavylegs.bench.RuleScaling LABEL KBASE_DIR PROFILES.jsonl [REPEATS]</pre>
 *
 * Prints one tab-separated line: label, rules, questions, then milliseconds (classic first, classic
 * warm median, cache build first and second (its classic part warm by then), cached load first,
 * cached load warm median), then microseconds per consultation (median, mean, p90) and the number
 * of consultations timed.
 */
public final class RuleScaling {

  private RuleScaling() {}

  public static void main(String[] args) throws Exception {
    String label = args[0];
    Path dir = Path.of(args[1]);
    Path profiles = Path.of(args[2]);
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 4;

    List<Long> classic = new ArrayList<>();
    KnowledgeBase compiled = null;
    for (int i = 0; i <= repeats; i++) {
      long start = System.nanoTime();
      compiled = KnowledgeBaseLoader.load(dir);
      classic.add(System.nanoTime() - start);
    }

    List<Long> builds = new ArrayList<>();
    KbaseCache.Settings cache = null;
    for (int i = 0; i < 2; i++) { // building is slow: a cold and a warmer one
      if (cache != null) {
        TempFiles.delete(cache.dir());
      }
      cache =
          new KbaseCache.Settings(
              Files.createTempDirectory("heavylegs-scaling-cache"), true, false);
      long start = System.nanoTime();
      KbaseCache.build(dir, cache);
      builds.add(System.nanoTime() - start);
    }

    List<Long> cachedLoads = new ArrayList<>();
    KnowledgeBase cached = null;
    for (int i = 0; i <= repeats; i++) {
      long start = System.nanoTime();
      cached = KbaseCache.load(dir, cache);
      cachedLoads.add(System.nanoTime() - start);
    }

    List<Answers> runners = Profiles.read(profiles, cached.questions(), 300);
    Samples consultations = consultations(cached, runners);
    TempFiles.delete(cache.dir());

    System.out.println(
        String.join(
            "\t",
            label,
            String.valueOf(compiled.rules().all().size()),
            String.valueOf(compiled.questions().all().size()),
            ms(classic.get(0)),
            ms(Samples.median(classic.subList(1, classic.size()))),
            ms(builds.get(0)),
            ms(builds.get(1)),
            ms(cachedLoads.get(0)),
            ms(Samples.median(cachedLoads.subList(1, cachedLoads.size()))),
            us(consultations.percentile(50)),
            us(consultations.mean()),
            us(consultations.percentile(90)),
            String.valueOf(consultations.size())));
  }

  /**
   * One consultation per runner, as {@code consult --answers} makes it: a fresh session, the rules,
   * the report with explanations and open questions (not the writing of the text). Warmed up for at
   * least five seconds and twice through the runners (the optimising compiler needs a few hundred
   * consultations of a large base), then timed one by one for at least five seconds and once
   * through.
   */
  static Samples consultations(KnowledgeBase knowledgeBase, List<Answers> runners) {
    long warmUntil = System.nanoTime() + 5_000_000_000L;
    for (int i = 0; i < 2 * runners.size() || System.nanoTime() < warmUntil; i++) {
      consult(knowledgeBase, runners.get(i % runners.size()));
    }
    Samples samples = new Samples();
    long timeUntil = System.nanoTime() + 5_000_000_000L;
    for (int i = 0; i < runners.size() || System.nanoTime() < timeUntil; i++) {
      long start = System.nanoTime();
      consult(knowledgeBase, runners.get(i % runners.size()));
      samples.add(System.nanoTime() - start);
    }
    return samples;
  }

  static Report consult(KnowledgeBase knowledgeBase, Answers answers) {
    Inference inference = Consultation.run(knowledgeBase, answers);
    return new ReportBuilder(knowledgeBase).build(inference, answers);
  }

  private static String ms(double nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
  }

  private static String us(double nanos) {
    return String.format(Locale.ROOT, "%.0f", nanos / 1e3);
  }
}
