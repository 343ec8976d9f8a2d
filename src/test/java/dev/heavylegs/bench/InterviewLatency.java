package dev.heavylegs.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.interview.Interview;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.questions.Answers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The latency of the interactive consultation, step by step: simulated runners ({@link
 * SimulatedRunner}) go through the real {@link Interview} (the class {@code heavylegs consult} runs
 * at a terminal), answering from runner profiles and revising earlier answers now and then. A step
 * is the time from an answer typed to the next question chosen and shown with the conclusions
 * updated (or the end of the interview). Run by {@code bench/latency.sh}, which passes the
 * launcher's JVM flags for a consultation.
 *
 * <pre>
 * java ... dev.heavylegs.bench.InterviewLatency --profiles FILE [--kbase DIR] [--cache DIR]
 *     [--warmup-seconds 15] [--seconds 60] [--revisions 2] [--revision-chance 0.15] [--save]
 *     [--steps N] [--seed 1] [--cold] [--transcript] [--interviews N] [--cpu-time]
 *     [--steps-out FILE]
 * </pre>
 *
 * {@code --steps N} ends each interview with {@code quit} after N answers and revisions (to look at
 * the first steps of a large base without going through it all). With {@code --cold}: no warm-up,
 * one runner (profile number {@code --seed}), and each step printed in order ({@code cold <n>
 * <kind> <ms>}), for a fresh process's first steps. The knowledge base is loaded from the cache as
 * a consultation does (the entry is built first if the cache does not hold it). {@code
 * --transcript} writes each conversation to stderr, to check what the simulated runners do (it
 * slows the steps). {@code --interviews N} measures exactly N interviews instead of {@code
 * --seconds}: with {@code --transcript} and no warm-up, two builds can be compared word for word.
 * {@code --cpu-time} times each step by the thread's CPU time rather than the wall clock, to
 * compare builds on a machine other work keeps busy (collector pauses are then left out). {@code
 * --steps-out FILE} writes every measured step as a line {@code runner number kind ms} (tabs), to
 * see which steps make the tail.
 */
public final class InterviewLatency {

  private InterviewLatency() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    KbaseCache.Settings cache = new KbaseCache.Settings(options.cacheDir(), true, false);
    if (!KbaseCache.holds(options.kbase(), cache)) {
      KbaseCache.build(options.kbase(), cache);
    }
    long loadStart = System.nanoTime();
    KnowledgeBase knowledgeBase = KbaseCache.load(options.kbase(), cache);
    long loaded = System.nanoTime() - loadStart;
    List<ObjectNode> profiles = Profiles.trees(options.profiles(), knowledgeBase.questions(), 2000);
    Optional<Path> saveFile =
        options.save()
            ? Optional.of(
                Files.createTempDirectory("heavylegs-latency").resolve("consultation.json"))
            : Optional.empty();
    try {
      run(options, knowledgeBase, profiles, saveFile, loaded);
    } finally {
      saveFile.ifPresent(file -> TempFiles.delete(file.getParent()));
      if (options.temporaryCache()) {
        TempFiles.delete(options.cacheDir());
      }
    }
  }

  private static void run(
      Options options,
      KnowledgeBase knowledgeBase,
      List<ObjectNode> profiles,
      Optional<Path> saveFile,
      long loaded)
      throws IOException {
    if (options.cold()) {
      int profile = (int) (options.seed() % profiles.size());
      StepTimes times = interviews(knowledgeBase, profiles, saveFile, options, profile, 0, 1);
      System.out.printf(Locale.ROOT, "cold\tload\t-\t%.2f%n", loaded / 1e6);
      times.inOrder.forEach(
          step ->
              System.out.printf(
                  Locale.ROOT,
                  "cold\t%d\t%s\t%.2f%n",
                  step.number(),
                  step.kind().name().toLowerCase(Locale.ROOT),
                  step.nanos() / 1e6));
      return;
    }
    // The measured interviews start with other runners than the warm-up's.
    interviews(
        knowledgeBase, profiles, saveFile, options, 0, options.warmupSeconds(), Integer.MAX_VALUE);
    boolean counted = options.interviews() > 0;
    StepTimes times =
        interviews(
            knowledgeBase,
            profiles,
            saveFile,
            options,
            profiles.size() / 2,
            counted ? Double.MAX_VALUE : options.seconds(),
            counted ? options.interviews() : Integer.MAX_VALUE);
    printSummary(options, knowledgeBase, times);
    if (options.stepsOut() != null) {
      StringBuilder lines = new StringBuilder();
      times.inOrder.forEach(
          step ->
              lines.append(
                  String.format(
                      Locale.ROOT,
                      "%d\t%d\t%s\t%.3f%n",
                      step.runner(),
                      step.number(),
                      step.kind().name().toLowerCase(Locale.ROOT),
                      step.nanos() / 1e6)));
      Files.writeString(options.stepsOut(), lines);
    }
  }

  /**
   * Runs interviews, one profile after the other from number {@code first}, until {@code seconds}
   * have passed or {@code most} ran (at least one).
   */
  private static StepTimes interviews(
      KnowledgeBase knowledgeBase,
      List<ObjectNode> profiles,
      Optional<Path> saveFile,
      Options options,
      int first,
      double seconds,
      int most) {
    StepTimes times = new StepTimes();
    StringBuilder transcript = new StringBuilder();
    long until =
        seconds == Double.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
    for (int i = first; i - first < most && (i == first || System.nanoTime() < until); i++) {
      Random random = new Random(options.seed() * 1_000_003L + i);
      ObjectNode profile = profiles.get(i % profiles.size());
      SimulatedRunner runner =
          new SimulatedRunner(
              profile,
              profiles,
              random,
              options.revisionChance(),
              options.revisions(),
              options.steps(),
              times,
              options.transcript() ? transcript : null);
      if (options.cpuTime()) {
        runner.timedByThreadCpu();
      }
      times.nextRunner();
      runner.starting();
      Interview.Result result =
          new Interview(knowledgeBase, runner, saveFile).run(new Answers(Map.of(), Set.of()));
      runner.finished();
      if (options.transcript()) {
        System.err.print(transcript);
        transcript.setLength(0);
      }
      boolean stopped =
          result.ending() == Interview.Ending.QUIT && options.steps() < Integer.MAX_VALUE;
      if (result.ending() != Interview.Ending.COMPLETED && !stopped) {
        throw new IllegalStateException("interview " + i + " ended " + result.ending());
      }
    }
    return times;
  }

  private static void printSummary(Options options, KnowledgeBase knowledgeBase, StepTimes times) {
    System.out.printf(
        Locale.ROOT,
        "kbase %s: %d rules, %d questions; %d interviews; JVM flags: %s%s%n",
        options.kbase(),
        knowledgeBase.rules().all().size(),
        knowledgeBase.questions().all().size(),
        times.starts.size(),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
        options.save() ? "; saving after every answer (--save)" : "");
    if (options.cpuTime()) {
      System.out.println("Times are the thread's CPU time (--cpu-time), not the wall clock.");
    }
    System.out.println(
        "| step | count | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | mean ms | over 20 ms |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    row("answer -> next question", times.answers);
    row("revision (change) -> next question", times.revisions);
    row("all steps", times.allSteps());
    row("start -> first question", times.starts);
  }

  private static void row(String name, Samples samples) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
        name,
        samples.size(),
        samples.percentile(50) / 1e6,
        samples.percentile(90) / 1e6,
        samples.percentile(99) / 1e6,
        samples.percentile(99.9) / 1e6,
        samples.max() / 1e6,
        samples.mean() / 1e6,
        samples.above(20_000_000L));
  }

  /** The command line. */
  record Options(
      Path kbase,
      Path profiles,
      Path cacheDir,
      double warmupSeconds,
      double seconds,
      int revisions,
      double revisionChance,
      int steps,
      boolean save,
      long seed,
      boolean cold,
      boolean transcript,
      int interviews,
      boolean cpuTime,
      Path stepsOut,
      boolean temporaryCache) {

    static Options parse(String[] args) throws Exception {
      Path kbase = Path.of("kbase");
      Path profiles = null;
      Path cacheDir = null;
      double warmup = 15;
      double seconds = 60;
      int revisions = 2;
      double chance = 0.15;
      int steps = Integer.MAX_VALUE;
      boolean save = false;
      long seed = 1;
      boolean cold = false;
      boolean transcript = false;
      int interviews = 0;
      boolean cpuTime = false;
      Path stepsOut = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--kbase" -> kbase = Path.of(args[++i]);
          case "--profiles" -> profiles = Path.of(args[++i]);
          case "--cache" -> cacheDir = Path.of(args[++i]);
          case "--warmup-seconds" -> warmup = Double.parseDouble(args[++i]);
          case "--seconds" -> seconds = Double.parseDouble(args[++i]);
          case "--revisions" -> revisions = Integer.parseInt(args[++i]);
          case "--revision-chance" -> chance = Double.parseDouble(args[++i]);
          case "--steps" -> steps = Integer.parseInt(args[++i]);
          case "--save" -> save = true;
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--cold" -> cold = true;
          case "--transcript" -> transcript = true;
          case "--interviews" -> interviews = Integer.parseInt(args[++i]);
          case "--cpu-time" -> cpuTime = true;
          case "--steps-out" -> stepsOut = Path.of(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (profiles == null) {
        throw new IllegalArgumentException("--profiles FILE is required");
      }
      boolean temporaryCache = cacheDir == null;
      if (temporaryCache) {
        cacheDir = Files.createTempDirectory("heavylegs-latency-cache");
      }
      return new Options(
          kbase,
          profiles,
          cacheDir,
          warmup,
          seconds,
          revisions,
          chance,
          steps,
          save,
          seed,
          cold,
          transcript,
          interviews,
          cpuTime,
          stepsOut,
          temporaryCache);
    }
  }
}
