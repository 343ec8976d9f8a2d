package dev.heavylegs.kbase.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.heavylegs.PlacedFile;
import dev.heavylegs.ShippedKbase;
import dev.heavylegs.TestAnswers;
import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.facts.Condition;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.kbase.read.KbaseSnapshot;
import dev.heavylegs.report.ReportBuilder;
import dev.heavylegs.report.write.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of compiled knowledge bases: used when nothing changed, never when anything did. */
class KbaseCacheTest {

  @TempDir Path tmp;

  Path kbase;
  KbaseCache.Settings settings;

  @BeforeEach
  void setUp() throws Exception {
    kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    settings = new KbaseCache.Settings(tmp.resolve("cache"), true, false);
  }

  private static String report(KnowledgeBase knowledgeBase, String answers) {
    var given = TestAnswers.of(answers);
    Inference inference = Consultation.run(knowledgeBase, given);
    return ReportWriter.Format.JSON
        .writer()
        .write(new ReportBuilder(knowledgeBase).build(inference, given));
  }

  @Test
  void aCachedKnowledgeBaseGivesTheSameReportAsACompiledOne() throws Exception {
    KbaseCache.build(kbase, settings);
    assertThat(KbaseCache.holds(kbase, settings)).isTrue();

    KnowledgeBase cached = KbaseCache.load(kbase, settings);
    KnowledgeBase compiled = KnowledgeBaseLoader.load(kbase);

    String answers =
        "{\"temperature-c\": 31, \"symptoms\": [\"thirst\", \"one-sided-calf-swelling\"],"
            + " \"shoe-distance-km\": 900, \"diet\": \"vegan\", \"iron-rich-meals-per-week\": 2}";
    assertThat(report(cached, answers)).isEqualTo(report(compiled, answers));
    assertThat(cached.contentHash()).isEqualTo(compiled.contentHash());
  }

  @Test
  void theCacheKeepsTheEntriesUsedMostRecentlyAndTheOneJustBuilt() throws Exception {
    Path cache = settings.dir();
    List<Path> old = new ArrayList<>();
    for (int i = 0; i < CacheStore.ENTRIES_KEPT + 5; i++) {
      Path entry = Files.createDirectories(cache.resolve(String.format("%064x", i)));
      Files.writeString(entry.resolve("kbase.jar"), "old");
      // entry i was last used i hours ago
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(Duration.ofHours(i + 1))));
      old.add(entry);
    }
    Path unrelated = Files.createDirectories(cache.resolve("not-an-entry"));

    KbaseCache.build(kbase, settings);

    assertThat(KbaseCache.holds(kbase, settings)).isTrue();
    // the new entry and the 19 most recently used old ones stay; the 6 least recently used go
    assertThat(old.subList(0, CacheStore.ENTRIES_KEPT - 1)).allMatch(Files::isDirectory);
    assertThat(old.subList(CacheStore.ENTRIES_KEPT - 1, old.size())).noneMatch(Files::exists);
    assertThat(unrelated).isDirectory();
  }

  @Test
  void usingAnEntryMarksItRecentlyUsedSoAPruneKeepsIt() throws Exception {
    KbaseCache.build(kbase, settings);
    Path entry = KbaseCache.entryFor(kbase, settings);
    Instant longAgo = Instant.now().minus(Duration.ofDays(30));
    Files.setLastModifiedTime(entry, FileTime.from(longAgo));

    KbaseCache.load(kbase, settings);

    assertThat(Files.getLastModifiedTime(entry).toInstant())
        .isAfter(longAgo.plus(Duration.ofDays(29)));
  }

  @Test
  void anEditedKnowledgeBaseIsNeverAnsweredFromTheCache() throws Exception {
    // building notes the entry as this folder's last one, which a load starts reading ahead
    KbaseCache.build(kbase, settings);
    setHeatThreshold("25", "20");

    assertThat(KbaseCache.holds(kbase, settings)).as("the edit gives a new key").isFalse();
    KnowledgeBase loaded = KbaseCache.load(kbase, settings);

    Inference inference = Consultation.run(loaded, TestAnswers.of("{\"temperature-c\": 22}"));
    assertThat(inference.all()).containsKey(new Condition("hot-conditions"));
  }

  @Test
  void anyChangeToAnyFileGivesANewKeyEvenAComment() throws Exception {
    KbaseCache.build(kbase, settings);
    Files.writeString(kbase.resolve("scenarios/extra.yaml"), "# a comment\n");

    assertThat(KbaseCache.holds(kbase, settings)).isFalse();
  }

  @Test
  void aCorruptOrForeignEntryIsIgnoredRemovedAndTheBaseCompiled() throws Exception {
    KbaseCache.build(kbase, settings);
    Path entry = KbaseCache.entryFor(kbase, settings);
    Files.writeString(entry.resolve("knowledge.bin"), "not what was written");

    KnowledgeBase loaded = KbaseCache.load(kbase, settings);

    assertThat(report(loaded, "{\"temperature-c\": 31}")).contains("hot-weather");
    assertThat(Files.exists(entry)).as("the bad entry is gone, to be built again").isFalse();

    KbaseCache.build(kbase, settings);
    Files.write(entry.resolve("kbase.jar"), new byte[] {1, 2, 3});
    assertThat(report(KbaseCache.load(kbase, settings), "{\"temperature-c\": 31}"))
        .contains("hot-weather");
  }

  @Test
  void theEntryReadAheadIsLeftAloneWhenItIsNotTheOneAskedFor() throws Exception {
    // after an upgrade, the entry this folder used last is another build's: not this one's to
    // remove
    KbaseCache.build(kbase, settings);
    Path lastUsed = KbaseCache.entryFor(kbase, settings);
    Files.writeString(lastUsed.resolve("knowledge.bin"), "written by another build");
    Files.writeString(kbase.resolve("scenarios/extra.yaml"), "# a comment\n");

    KnowledgeBase loaded = KbaseCache.load(kbase, settings);

    assertThat(report(loaded, "{\"temperature-c\": 31}")).contains("hot-weather");
    assertThat(Files.exists(lastUsed)).isTrue();
  }

  @Test
  void aBrokenKnowledgeBaseIsRefusedWhateverTheCacheHolds() throws Exception {
    KbaseCache.build(kbase, settings);
    PlacedFile.put(kbase, "broken/conditions/misspelt-choice.drl");

    assertThat(catchThrowable(() -> KbaseCache.load(kbase, settings)))
        .isInstanceOf(KbaseException.class);
  }

  /** The table row that makes 25 °C and above hot, with another threshold. */
  private void setHeatThreshold(String from, String to) throws Exception {
    ShippedKbase.retune(kbase, "temperature-c", from, to);
  }

  /** A miss, with the build the run would leave behind taken instead of started. */
  private BackgroundBuild.PendingBuild missLeavingItsBuild() throws Exception {
    List<BackgroundBuild.PendingBuild> left = new ArrayList<>();
    KbaseCache.load(kbase, settings, left::add);
    assertThat(left).as("a miss leaves a build").hasSize(1);
    return left.get(0);
  }

  @Test
  void theEntryHoldsTheRulesThatWereHashedEvenWhenTheFolderChangesBeforeTheBuildRuns()
      throws Exception {
    BackgroundBuild.PendingBuild pending = missLeavingItsBuild();
    setHeatThreshold("25", "45"); // edited right after the consultation, before its build ran
    BackgroundBuild.main(pending.handOff()); // what the background process runs
    setHeatThreshold("45", "25"); // and back

    assertThat(KbaseCache.holds(kbase, settings)).as("the 25 °C version is cached").isTrue();
    String answers =
        "{\"temperature-c\": 31, \"symptoms\": [\"thirst\"], \"fluids-during-runs\": false}";
    String cached = report(KbaseCache.load(kbase, settings), answers);
    assertThat(cached).contains("\"hot-weather\"");
    assertThat(cached).isEqualTo(report(KnowledgeBaseLoader.load(kbase), answers));
  }

  @Test
  void theSnapshotHandedToTheBuildIsPrivate() throws Exception {
    String[] arguments = missLeavingItsBuild().handOff();

    assertThat(Files.getPosixFilePermissions(Path.of(arguments[2])))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void theBuildRefusesASnapshotThatIsNotTheOneItsEntryIsKeyedBy() throws Exception {
    String[] arguments = missLeavingItsBuild().handOff();
    setHeatThreshold("25", "45");
    try (var out = Files.newOutputStream(Path.of(arguments[2]))) {
      KbaseSnapshot.of(kbase).writeTo(out); // the 45 °C rules, handed over for the 25 °C entry
    }

    BackgroundBuild.main(arguments);

    assertThat(Path.of(arguments[1])).doesNotExist();
    assertThat(Path.of(arguments[2])).as("the snapshot is removed all the same").doesNotExist();
  }

  @Test
  void theBuildChecksWhatItIsHandedBeforeItCompilesAnything() throws Exception {
    PlacedFile.put(kbase, "broken/conditions/java-in-rules.drl"); // a function, a global, an import
    KbaseSnapshot unsafe = KbaseSnapshot.of(kbase);
    Path entry = CacheKey.entryFor(unsafe, settings.dir());

    BackgroundBuild.main(new BackgroundBuild.PendingBuild(unsafe, entry).handOff());

    assertThat(entry).as("rules that run code are never compiled into the cache").doesNotExist();
  }

  @Test
  void anEntryHoldingOtherRulesThanItsKeyNamesIsRefusedRemovedAndTheBaseCompiled()
      throws Exception {
    KbaseCache.build(kbase, settings);
    Path entry = KbaseCache.entryFor(kbase, settings);
    setHeatThreshold("25", "45");
    KbaseCache.build(kbase, settings);
    Path other = KbaseCache.entryFor(kbase, settings);
    setHeatThreshold("45", "25");
    // what the race used to leave: the 45 °C rules under the key of the 25 °C ones
    for (String file : List.of("kbase.jar", "knowledge.bin")) {
      Files.copy(other.resolve(file), entry.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    KnowledgeBase loaded = KbaseCache.load(kbase, settings);

    assertThat(loaded.contentHash()).isEqualTo(KnowledgeBaseLoader.load(kbase).contentHash());
    assertThat(report(loaded, "{\"temperature-c\": 31}")).contains("\"hot-weather\"");
    assertThat(entry).as("the wrong entry is gone, to be built again").doesNotExist();
  }

  @Test
  void turnedOffItCompilesAndWritesNothing() throws Exception {
    KbaseCache.Settings off = new KbaseCache.Settings(tmp.resolve("off"), false, true);

    KbaseCache.load(kbase, off);

    assertThat(Files.exists(tmp.resolve("off"))).isFalse();
    try (Stream<Path> none = Files.list(tmp)) {
      assertThat(none.map(p -> p.getFileName().toString())).doesNotContain("off");
    }
  }
}
