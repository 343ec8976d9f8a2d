package dev.heavylegs.kbase.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real consultation process that misses the cache answers from a compile and leaves a detached
 * process behind that fills the entry, so the next run starts fast.
 */
class BackgroundCacheBuildTest {

  @TempDir Path tmp;

  @Test
  void aRunThatMissesTheCacheLeavesItFilledForTheNextRun() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    KbaseCache.Settings settings = new KbaseCache.Settings(tmp.resolve("cache"), true, true);
    Path answers = Files.writeString(tmp.resolve("answers.json"), "{\"temperature-c\": 31}");
    String java = ProcessHandle.current().info().command().orElse("java");

    // The cache is turned on here whatever HEAVYLEGS_CACHE says in the environment.
    Process consult =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Dheavylegs.cache=on",
                    "-Dheavylegs.cache.dir=" + settings.dir(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.heavylegs.Main",
                    "consult",
                    "--kbase",
                    kbase.toString(),
                    "--answers",
                    answers.toString(),
                    "--format",
                    "json"))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .start();

    assertThat(consult.waitFor(120, TimeUnit.SECONDS)).as("the consultation ends").isTrue();
    assertThat(consult.exitValue()).isZero();
    assertThat(Files.readString(tmp.resolve("out.txt"))).contains("\"hot-weather\"");
    assertThat(KbaseCache.holds(kbase, settings))
        .as("not filled while the consultation ran")
        .isFalse();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!KbaseCache.holds(kbase, settings) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(KbaseCache.holds(kbase, settings)).as("filled by the process left behind").isTrue();
    // The build removes its lock last: past that, it no longer writes in the folder being cleaned
    // up.
    Path lock =
        KbaseCache.entryFor(kbase, settings)
            .resolveSibling(KbaseCache.entryFor(kbase, settings).getFileName() + ".lock");
    while (Files.exists(lock) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }
}
