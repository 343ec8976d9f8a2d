package dev.heavylegs.cli;

import static dev.heavylegs.ShippedKbase.edit;
import static dev.heavylegs.ShippedKbase.retune;
import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heavylegs test --mutate}: mutation testing of a knowledge base, as an expert uses it. */
class MutationCommandTest {

  @TempDir Path tmp;

  @Test
  void theShippedScenariosNoticeEveryChangeOfTheShippedKbase() {
    Run run = heavylegs("test", "--mutate");

    assertThat(run.out())
        .containsPattern(
            "mutation check: \\d+ changes \\(\\d+ thresholds moved, \\d+ boundaries flipped, \\d+"
                + " weights changed, \\d+ nots left out\\): \\d+ noticed by a scenario, 0 not"
                + " noticed\n")
        .doesNotContain("NOT NOTICED")
        .doesNotContain("did not compile");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anUnpinnedThresholdAndWeightAreListedWithScenariosThatOncePastedNoticeThem()
      throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    // the scenario at 640 km exactly, and the strengths of the wrong-shoes cause, gone
    edit(
        kbase.resolve("scenarios/thresholds.yaml"),
        "- name: a pair is worn out at 640 km exactly\n"
            + "  answers:\n"
            + "    shoe-distance-km: 640\n"
            + "  expect:\n"
            + "    conditions: [worn-out-shoes]\n",
        "");
    edit(kbase.resolve("scenarios/wrong-shoes.yaml"), "    strength: {wrong-shoes: 3}\n", "");
    int row = ShippedKbase.lineOf("conditions/thresholds.drl.csv", "COND-WORN-OUT-SHOES-01");

    Run run = heavylegs("test", "--mutate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "NOT NOTICED  "
                + kbase
                + "/conditions/thresholds.drl.csv E"
                + row
                + ": COND-WORN-OUT-SHOES-01: at least 640 km → more than 640 km passes all"
                + " scenarios: add one that tells them apart, such as:")
        .contains(": COND-WORN-OUT-SHOES-01: 640 km → 704 km passes all scenarios")
        .contains(": CAUSE-WRONG-SHOES-01: weight 3 → 4 passes all scenarios")
        .contains(": CAUSE-WRONG-SHOES-02: weight 3 → 2 passes all scenarios")
        .contains(
            "    - name: pins COND-WORN-OUT-SHOES-01 (at least 640 km → more than 640 km must be"
                + " noticed)\n"
                + "      answers:\n"
                + "        shoe-distance-km: 640\n"
                + "      expect:\n")
        .contains("        conditions: [worn-out-shoes]\n")
        .containsPattern("        strength: \\{wrong-shoes: \\d+}\n");

    Files.writeString(kbase.resolve("scenarios/suggested.yaml"), suggestions(run.out()));
    Run again = heavylegs("test", "--mutate", "--kbase", kbase.toString());

    assertThat(again.out()).contains(", 0 not noticed\n");
    assertThat(again.exitCode()).isZero();
  }

  @Test
  void theIssuesOwnEditOfTheShoeThresholdNowFailsTest() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    retune(kbase, "shoe-distance-km", "640", "800");

    Run run = heavylegs("test", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("a pair is worn out at 640 km exactly");
  }

  @Test
  void failingScenariosComeFirstAndTheMutationCheckWaitsForThem() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    retune(kbase, "temperature-c", "25", "20");

    Run run = heavylegs("test", "--mutate", "--kbase", kbase.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL  ")
        .contains("mutation check not run: every scenario must pass first")
        .doesNotContain("NOT NOTICED");
  }

  /** Every suggested scenario of a {@code test --mutate} output, as one scenario file. */
  private static String suggestions(String out) {
    List<String> yaml = new ArrayList<>();
    boolean inSuggestion = false;
    for (String line : out.lines().toList()) {
      if (line.startsWith("NOT NOTICED")) {
        inSuggestion = line.endsWith("such as:");
      } else if (inSuggestion && line.startsWith("    ")) {
        yaml.add(line.substring(4));
      } else {
        inSuggestion = false;
      }
    }
    assertThat(yaml).as("suggested scenarios").isNotEmpty();
    return String.join("\n", yaml) + "\n";
  }
}
