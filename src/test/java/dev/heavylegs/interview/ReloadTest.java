package dev.heavylegs.interview;

import static dev.heavylegs.ShippedKbase.retune;
import static dev.heavylegs.interview.QuestionSelectionTest.HOT_WEATHER_ONLY;
import static dev.heavylegs.interview.QuestionSelectionTest.hotRunnerWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseWatcher;
import dev.heavylegs.questions.Answers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading the knowledge base during a consultation: on command, and on a change on disk. */
class ReloadTest {

  @TempDir Path tmp;

  private Interview.Result interview(Path kbase, Runner runner, Reloading reloading)
      throws Exception {
    KnowledgeBase loaded = KnowledgeBaseLoader.load(kbase);
    return new Interview(loaded, runner, Optional.empty(), reloading)
        .run(new Answers(Map.of(), Set.of()));
  }

  private static Reloading from(Path kbase, AtomicBoolean changed) {
    return new Reloading(() -> KnowledgeBaseLoader.load(kbase), () -> changed.getAndSet(false));
  }

  @Test
  void reloadSwapsInTheEditedKnowledgeBaseAndShowsWhatChanged() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Runner runner = new Runner(hotRunnerWith("temperature-c", "22"));
    runner.at("heavy-legs-weeks", "reload");
    runner.onAsked("heavy-legs-weeks", () -> retune(kbase, "temperature-c", "25", "20"));

    Interview.Result result = interview(kbase, runner, from(kbase, new AtomicBoolean()));

    assertThat(runner.after("> reload"))
        .contains(
            "Knowledge base reloaded. What changed:",
            "+ cause: Hot weather (now ranked 1)",
            "+ condition: Running in the heat");
    assertThat(result.report().causes().get(0).id()).isEqualTo("hot-weather");
  }

  @Test
  void aBrokenKnowledgeBaseIsNeverSwappedInTheLastGoodOneStaysAndTheErrorsAreShown()
      throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "reload");
    runner.onAsked(
        "heavy-legs-weeks", () -> PlacedFile.put(kbase, "broken/conditions/misspelt-choice.drl"));

    Interview.Result result = interview(kbase, runner, from(kbase, new AtomicBoolean()));

    assertThat(runner.after("> reload"))
        .contains(
            "The knowledge base on disk has errors; still using the one loaded before:",
            "error: \"brutal\" is not an answer to 'usual-effort'");
    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
    assertThat(result.report().causes().get(0).id()).isEqualTo("hot-weather");
  }

  @Test
  void reloadOfAnUnchangedKnowledgeBaseSaysSo() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Runner runner = new Runner(HOT_WEATHER_ONLY).at("heavy-legs-weeks", "reload");

    interview(kbase, runner, from(kbase, new AtomicBoolean()));

    assertThat(runner.after("> reload")).contains("The knowledge base has not changed.");
  }

  @Test
  void whenWatchingAChangeOnDiskIsReloadedBeforeTheNextQuestion() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    AtomicBoolean changed = new AtomicBoolean();
    Runner runner = new Runner(hotRunnerWith("temperature-c", "22"));
    runner.onAsked(
        "heavy-legs-weeks",
        () -> {
          retune(kbase, "temperature-c", "25", "20");
          changed.set(true);
        });

    Interview.Result result = interview(kbase, runner, from(kbase, changed));

    assertThat(runner.transcript)
        .contains("Knowledge base reloaded. What changed:", "+ cause: Hot weather");
    assertThat(result.report().causes().get(0).id()).isEqualTo("hot-weather");
  }

  @Test
  void whenWatchingABrokenEditAndItsFixAreShownAtOnceWhileTheRunnerIsAtTheQuestion()
      throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    AtomicBoolean changed = new AtomicBoolean();
    Runner runner = new Runner(HOT_WEATHER_ONLY);
    runner.onAsked(
        "heavy-legs-weeks",
        () -> {
          // the runner has not answered yet: the interview is waiting at this question
          PlacedFile broken = PlacedFile.put(kbase, "broken/conditions/misspelt-choice.drl");
          changed.set(true);
          awaitShown(runner, "error: \"brutal\" is not an answer to 'usual-effort'");
          Files.delete(broken.file());
          changed.set(true);
          awaitShown(runner, "The knowledge base on disk is fixed: no errors now.");
        });

    Interview.Result result = interview(kbase, runner, from(kbase, changed));

    String shown = runner.transcript.toString();
    assertThat(shown)
        .containsSubsequence(
            "[heavy-legs-weeks]",
            "The knowledge base on disk has errors; still using the one loaded before:",
            "The knowledge base on disk is fixed: no errors now.",
            "> " + HOT_WEATHER_ONLY.get("heavy-legs-weeks"));
    assertThat(result.ending()).isEqualTo(Interview.Ending.COMPLETED);
  }

  @Test
  void whenWatchingAnEditThatLeavesTheWordingStatingTheOldThresholdIsWarnedAtOnce()
      throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    AtomicBoolean changed = new AtomicBoolean();
    Runner runner = new Runner(HOT_WEATHER_ONLY);
    runner.onAsked(
        "heavy-legs-weeks",
        () -> {
          retune(kbase, "shoe-distance-km", "640", "800");
          changed.set(true);
          awaitShown(runner, "The edit leaves these warnings:");
        });

    interview(kbase, runner, from(kbase, changed));

    assertThat(runner.transcript.toString())
        .containsSubsequence(
            "The knowledge base changed on disk and has no errors. Its rules are used from the"
                + " next question on.",
            "The edit leaves these warnings:",
            "the wording of condition 'worn-out-shoes' says 640 km, but rule"
                + " COND-WORN-OUT-SHOES-01",
            "tests shoe-distance-km at least 800 km");
  }

  @Test
  void whenWatchingAnEditUndoneBeforeTheNextQuestionIsNotTakenIn() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    AtomicBoolean changed = new AtomicBoolean();
    Runner runner = new Runner(hotRunnerWith("temperature-c", "22"));
    Path table = kbase.resolve("conditions/thresholds.drl.csv");
    String original = Files.readString(table);
    runner.onAsked(
        "heavy-legs-weeks",
        () -> {
          retune(kbase, "temperature-c", "25", "20");
          changed.set(true);
          awaitShown(runner, "The knowledge base changed on disk and has no errors.");
          Files.writeString(table, original); // undone before the runner answers
          changed.set(true); // the next question waits for this check, or makes it
        });

    Interview.Result result = interview(kbase, runner, from(kbase, changed));

    assertThat(runner.transcript.toString()).doesNotContain("Knowledge base reloaded");
    assertThat(result.report().causes()).noneMatch(c -> c.id().equals("hot-weather"));
  }

  /** Waits (at most 30 s) until {@code runner} has been shown {@code text}. */
  private static void awaitShown(Runner runner, String text) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      synchronized (runner) {
        if (runner.transcript.indexOf(text) >= 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not shown within 30 s: " + text + "\n" + runner.transcript);
  }

  @Test
  void theWatcherNoticesAnEditAnywhereInTheKnowledgeBase() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    try (KbaseWatcher watcher = new KbaseWatcher(kbase)) {
      assertThat(watcher.takeChange()).isFalse();
      Path table = kbase.resolve("conditions/thresholds.drl.csv");
      Files.writeString(table, Files.readString(table) + "\n");

      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      boolean seen = false;
      while (!seen && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
        seen = watcher.takeChange();
      }
      assertThat(seen).as("a change in conditions/ is noticed").isTrue();
    }
  }
}
