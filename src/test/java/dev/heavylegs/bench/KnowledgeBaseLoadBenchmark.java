package dev.heavylegs.bench;

import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the shipped knowledge base: compiled from DRL with every check (what a first run after
 * an edit does), and reloaded from the cache (what an unchanged run does). Single shots in fresh
 * JVMs, so the first measurement is cold; the later ones show the warm cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
public class KnowledgeBaseLoadBenchmark {

  KbaseCache.Settings cache;

  @Setup(Level.Trial)
  public void fillCache() throws Exception {
    cache =
        new KbaseCache.Settings(Files.createTempDirectory("heavylegs-bench-cache"), true, false);
    KbaseCache.build(Path.of("kbase"), cache);
  }

  @Benchmark
  public KnowledgeBase compiled() throws Exception {
    return KnowledgeBaseLoader.load(Path.of("kbase"));
  }

  @Benchmark
  public KnowledgeBase cached() throws Exception {
    return KbaseCache.load(Path.of("kbase"), cache);
  }
}
