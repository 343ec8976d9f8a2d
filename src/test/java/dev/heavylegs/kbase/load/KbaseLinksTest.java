package dev.heavylegs.kbase.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.facts.Cause;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.cache.KbaseCache;
import dev.heavylegs.kbase.read.KbaseWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a knowledge base are followed while they stay inside it; one that leads out of
 * it, to nothing or round in a loop refuses the whole base, naming the link.
 */
class KbaseLinksTest {

  @TempDir Path tmp;

  Path kbase;

  @BeforeEach
  void setUp() throws IOException {
    kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
  }

  private static List<String> ruleIds(KnowledgeBase knowledgeBase) {
    return knowledgeBase.rules().all().stream().map(RuleInfo::id).sorted().toList();
  }

  private static boolean findsHotWeather(KnowledgeBase knowledgeBase) {
    String answers =
        "{\"temperature-c\": 31, \"symptoms\": [\"thirst\"], \"fluids-during-runs\": false}";
    return Consultation.run(knowledgeBase, TestAnswers.of(answers))
        .all()
        .containsKey(new Cause("hot-weather"));
  }

  private static List<String> problemsLoading(Path dir) {
    Throwable thrown = catchThrowable(() -> KnowledgeBaseLoader.load(dir));
    assertThat(thrown)
        .as("a knowledge base with a bad link must not load")
        .isInstanceOf(KbaseException.class);
    return ((KbaseException) thrown).problems().stream().map(KbaseProblem::toString).toList();
  }

  /**
   * {@code kbase/<name>} moved to {@code kbase/.library/<name>}, hidden, with a link in its place.
   */
  private Path linkedIntoTheLibrary(String name) throws IOException {
    Path library = Files.createDirectories(kbase.resolve(".library"));
    Path moved = library.resolve(Path.of(name).getFileName());
    Files.move(kbase.resolve(name), moved);
    Path link = kbase.resolve(name);
    return Files.createSymbolicLink(link, link.getParent().relativize(moved));
  }

  @Test
  void aKnowledgeBaseGivenAsALinkToItsFolderLoadsWhole() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("link"), kbase);

    KnowledgeBase throughLink = KnowledgeBaseLoader.load(link);

    KnowledgeBase direct = KnowledgeBaseLoader.load(kbase);
    assertThat(ruleIds(throughLink)).isEqualTo(ruleIds(direct)).isNotEmpty();
    assertThat(throughLink.contentHash()).isEqualTo(direct.contentHash());
    assertThat(throughLink.rules().all())
        .allSatisfy(
            rule ->
                assertThat(rule.file())
                    .as("shown as the user named it")
                    .startsWith(link.toString() + "/"));
    assertThat(findsHotWeather(throughLink)).isTrue();
  }

  @Test
  void aLinkedFolderInsideTheKnowledgeBaseIsRead() throws Exception {
    KnowledgeBase before = KnowledgeBaseLoader.load(kbase);
    linkedIntoTheLibrary("causes");

    KnowledgeBase loaded = KnowledgeBaseLoader.load(kbase);

    assertThat(ruleIds(loaded)).isEqualTo(ruleIds(before));
    assertThat(loaded.rules().all())
        .anySatisfy(rule -> assertThat(rule.file()).isEqualTo(kbase + "/causes/hot-weather.drl"));
    assertThat(findsHotWeather(loaded)).isTrue();
  }

  @Test
  void aLinkedFileInsideTheKnowledgeBaseIsRead() throws Exception {
    linkedIntoTheLibrary("causes/hot-weather.drl");

    KnowledgeBase loaded = KnowledgeBaseLoader.load(kbase);

    assertThat(findsHotWeather(loaded)).isTrue();
  }

  @Test
  void aLinkToAFolderOutsideTheKnowledgeBaseIsAnErrorNamingTheLink() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.move(kbase.resolve("causes"), elsewhere.resolve("causes"));
    Files.createSymbolicLink(kbase.resolve("causes"), elsewhere.resolve("causes"));

    assertThat(problemsLoading(kbase))
        .containsExactly(
            kbase
                + "/causes: error: a link to a folder outside"
                + " the knowledge base ("
                + elsewhere.toRealPath().resolve("causes")
                + ") is not followed");
  }

  @Test
  void aLinkToAFileOutsideTheKnowledgeBaseIsAnErrorNamingTheLink() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.move(kbase.resolve("causes/hot-weather.drl"), elsewhere.resolve("hot-weather.drl"));
    Files.createSymbolicLink(
        kbase.resolve("causes/hot-weather.drl"), elsewhere.resolve("hot-weather.drl"));

    assertThat(problemsLoading(kbase))
        .containsExactly(
            kbase
                + "/causes/hot-weather.drl: error: a link to a"
                + " file outside the knowledge base ("
                + elsewhere.toRealPath().resolve("hot-weather.drl")
                + ") is not followed");
  }

  @Test
  void aLinkBackToAFolderItIsInIsALoop() throws Exception {
    Files.createSymbolicLink(kbase.resolve("causes/again"), Path.of(".."));

    assertThat(problemsLoading(kbase))
        .singleElement()
        .asString()
        .startsWith(
            kbase + "/causes/again: error: a link loop: this link leads back to a folder it is in");
  }

  @Test
  void linksThatLeadToEachOtherAreALoop() throws Exception {
    Files.createSymbolicLink(kbase.resolve("conditions/a.drl"), Path.of("b.drl"));
    Files.createSymbolicLink(kbase.resolve("conditions/b.drl"), Path.of("a.drl"));

    assertThat(problemsLoading(kbase))
        .hasSize(2)
        .allSatisfy(
            p ->
                assertThat(p)
                    .matches(
                        ".*/conditions/[ab]\\.drl: error: a link loop: this link never reaches a file or folder .*"));
  }

  @Test
  void aLinkToNothingIsAnError() throws Exception {
    Files.createSymbolicLink(kbase.resolve("causes/gone.drl"), Path.of("moved-away.drl"));

    assertThat(problemsLoading(kbase))
        .containsExactly(
            kbase
                + "/causes/gone.drl: error: a link to something that does not exist (moved-away.drl)");
  }

  @Test
  void throughTheCacheABadLinkRefusesTheBaseToo() throws Exception {
    KbaseCache.Settings settings = new KbaseCache.Settings(tmp.resolve("cache"), true, false);
    KbaseCache.build(kbase, settings);
    Files.createSymbolicLink(kbase.resolve("causes/again"), Path.of(".."));

    Throwable thrown = catchThrowable(() -> KbaseCache.load(kbase, settings));

    assertThat(thrown).isInstanceOf(KbaseException.class);
    assertThat(KbaseCache.holds(kbase, settings)).isFalse();
  }

  @Test
  void theWatcherOfALinkedKnowledgeBaseNoticesAnEditInsideIt() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("link"), kbase);
    try (KbaseWatcher watcher = new KbaseWatcher(link)) {
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
