package dev.heavylegs.bench;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The costs of {@code bench/scaling.sh} (a)-(c) under JMH, by number of rules: the shipped {@code
 * kbase/} and synthetic bases of 50, 200 and 1000 rules ({@link SyntheticKbase}). Loads are single
 * shots in one fork each (the first shot is cold), the consultation an average over warm runs.
 * Slow: about 8 minutes on 2 cores. One size: {@code bench/jmh.sh RuleScalingBenchmark -p
 * rules=200}.
 */
@Fork(1)
public class RuleScalingBenchmark {

  /** The knowledge base under test and 200 runners for it. */
  @State(Scope.Benchmark)
  public static class Base {

    /** "shipped" or a rule count. */
    @Param({"shipped", "50", "200", "1000"})
    public String rules;

    Path dir;
    Path profiles;

    @Setup(Level.Trial)
    public void write() throws IOException, InterruptedException {
      profiles = Files.createTempFile("heavylegs-jmh-profiles", ".jsonl");
      if (rules.equals("shipped")) {
        dir = Path.of("kbase");
        // the same generator as bench/batch.sh (needs python3; run from the repository root)
        new ProcessBuilder("python3", "bench/make-profiles.py", "200")
            .redirectOutput(profiles.toFile())
            .start()
            .waitFor();
      } else {
        dir = Files.createTempDirectory("heavylegs-jmh-kbase");
        List<SyntheticTopic> topics = SyntheticKbase.write(Integer.parseInt(rules), dir);
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          lines.add(SyntheticProfiles.profile(topics, random, i).toString());
        }
        Files.write(profiles, lines);
      }
    }

    @TearDown(Level.Trial)
    public void delete() {
      TempFiles.delete(profiles);
      if (!rules.equals("shipped")) {
        TempFiles.delete(dir);
      }
    }
  }

  /** A cache entry of the base, filled once. */
  @State(Scope.Benchmark)
  public static class Cached {

    KbaseCache.Settings settings;
    KnowledgeBase knowledgeBase;
    List<Answers> runners;
    int next;

    @Setup(Level.Trial)
    public void fill(Base base) throws Exception {
      settings =
          new KbaseCache.Settings(Files.createTempDirectory("heavylegs-jmh-cache"), true, false);
      KbaseCache.build(base.dir, settings);
      knowledgeBase = KbaseCache.load(base.dir, settings);
      runners = Profiles.read(base.profiles, knowledgeBase.questions(), 200);
    }

    @TearDown(Level.Trial)
    public void delete() {
      TempFiles.delete(settings.dir());
    }

    Answers nextRunner() {
      next = (next + 1) % runners.size();
      return runners.get(next);
    }
  }

  /** An empty cache folder for every shot of {@link #cacheBuild}. */
  @State(Scope.Thread)
  public static class EmptyCache {

    KbaseCache.Settings settings;

    @Setup(Level.Iteration)
    public void create() throws IOException {
      settings =
          new KbaseCache.Settings(Files.createTempDirectory("heavylegs-jmh-cache"), true, false);
    }

    @TearDown(Level.Iteration)
    public void delete() {
      TempFiles.delete(settings.dir());
    }
  }

  /** (a) The classic compile with every check: what a first run after an edit does. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  public KnowledgeBase compiled(Base base) throws Exception {
    return KnowledgeBaseLoader.load(base.dir);
  }

  /**
   * (b) Filling a cache entry: the classic load plus the executable model (the background process).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 3)
  public Path cacheBuild(Base base, EmptyCache cache) throws Exception {
    KbaseCache.build(base.dir, cache.settings);
    return cache.settings.dir();
  }

  /** (b) Loading from the cache entry: what an unchanged run does. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 5)
  public KnowledgeBase cached(Base base, Cached cached) throws Exception {
    return KbaseCache.load(base.dir, cached.settings);
  }

  /**
   * (c) One consultation on the cached base: fresh session, rules, report with explanations and
   * open questions. A long warm-up: a 1000-rule consultation takes a few hundred runs to settle.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 6, time = 5)
  @Measurement(iterations = 5, time = 3)
  public Report consultation(Cached cached) {
    return RuleScaling.consult(cached.knowledgeBase, cached.nextRunner());
  }
}
