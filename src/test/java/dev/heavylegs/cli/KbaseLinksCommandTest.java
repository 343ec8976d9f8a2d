package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --kbase} through symbolic links, as a user sees it. */
class KbaseLinksCommandTest {

  @TempDir Path tmp;

  @Test
  void aKnowledgeBaseFolderGivenAsALinkIsConsultedWhole() throws Exception {
    Path link =
        Files.createSymbolicLink(
            tmp.resolve("kbase-link"), ShippedKbase.copyTo(tmp.resolve("kbase")));

    CliTest.Run run =
        heavylegs(
            "consult",
            "--kbase",
            link.toString(),
            "--answers",
            "examples/hot-summer-runner.json",
            "--format",
            "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"hot-weather\"", link + "/causes/hot-weather.drl");
  }

  @Test
  void aLinkOutOfTheKnowledgeBaseStopsTheConsultationNamingTheLink() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.move(kbase.resolve("causes"), elsewhere.resolve("causes"));
    Files.createSymbolicLink(kbase.resolve("causes"), elsewhere.resolve("causes"));

    CliTest.Run run =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            kbase
                + "/causes: error: a link to a folder outside the knowledge base ("
                + elsewhere.toRealPath().resolve("causes")
                + ") is not followed",
            "heavylegs: the knowledge base has 1 error(s); no consultation was run");
  }

  @Test
  void scenariosInALinkedFolderInsideTheKnowledgeBaseAreRun() throws Exception {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path shared = Files.createDirectories(kbase.resolve(".shared"));
    Files.move(kbase.resolve("scenarios"), shared.resolve("scenarios"));
    Files.createSymbolicLink(kbase.resolve("scenarios"), shared.resolve("scenarios"));
    String shipped =
        CliTest.heavylegs("test")
            .out()
            .lines()
            .filter(line -> line.contains(" scenario(s): "))
            .findFirst()
            .orElseThrow();

    CliTest.Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .as("every scenario of the shipped kbase, read through the link")
        .contains(shipped);
  }
}
