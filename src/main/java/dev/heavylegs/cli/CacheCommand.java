package dev.heavylegs.cli;

import dev.heavylegs.kbase.cache.KbaseCache;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code heavylegs cache}: where compiled knowledge bases are kept, and filling or emptying it. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Shows, fills or empties the cache of compiled knowledge bases.",
    description = {
      "Consultations and batches reuse the knowledge base compiled by an earlier run when no file",
      "in it changed; this shows where those are kept (HEAVYLEGS_CACHE_DIR moves it,",
      "HEAVYLEGS_CACHE=off turns it off) and whether the knowledge base is in it.",
      "The cache fills itself in the background; --build fills it now."
    })
final class CacheCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--build", description = "Compile the knowledge base into the cache now.")
  boolean build;

  @Option(names = "--clear", description = "Empty the cache.")
  boolean clear;

  @Mixin KbaseOption kbase;

  @Override
  public Integer call() throws Exception {
    Path directory =
        kbase.directory(); // a --kbase that is no folder stops it before anything is done
    KbaseCache.Settings settings = KbaseCache.Settings.fromEnvironment();
    PrintWriter out = spec.commandLine().getOut();
    if (clear) {
      out.println("removed " + KbaseCache.clear(settings) + " cached knowledge base(s)");
    }
    if (build) {
      KbaseCache.build(directory, settings);
    }
    out.println("cache: " + settings.dir() + (settings.enabled() ? "" : " (turned off)"));
    out.println(
        directory + ": " + (KbaseCache.holds(directory, settings) ? "cached" : "not cached"));
    return ExitCode.OK;
  }
}
