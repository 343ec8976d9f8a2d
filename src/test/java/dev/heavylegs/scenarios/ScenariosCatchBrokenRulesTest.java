package dev.heavylegs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped scenarios fail when a cause's rules are gone: they guard the knowledge. */
class ScenariosCatchBrokenRulesTest {

  @TempDir Path tmp;

  @Test
  void deletingTheRulesOfACauseFailsItsScenarios() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Files.writeString(kbase.resolve("causes/wrong-shoes.drl"), "package heavylegs.causes;\n");
    KnowledgeBase withoutWrongShoes = KnowledgeBaseLoader.load(kbase);
    ScenarioRunner runner = new ScenarioRunner(withoutWrongShoes);

    List<String> failures =
        ScenarioReader.readAll(kbase, "kbase").stream()
            .filter(s -> s.file().endsWith("wrong-shoes.yaml"))
            .flatMap(s -> runner.failures(s).stream())
            .toList();

    assertThat(failures)
        .contains("the scenario names cause 'wrong-shoes', which no rule concludes (misspelt id?)");
  }
}
