package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows the worked example of the authoring guide, {@code kbase/README.md}, step by step in a
 * copy of the knowledge base: every file it adds, every command it runs, and the output it shows.
 * Nothing is rebuilt: the steps change knowledge-base files only.
 */
class AuthoringGuideTest {

  private static final Pattern STEP =
      Pattern.compile("^<!-- guide: (append|create|run|output starts|output)\\s*(\\S*) -->$");

  @TempDir Path tmp;

  /** One marked step of the guide and the code block under it. */
  record Step(String action, String target, String block) {}

  @Test
  void theWorkedExampleWorksAsWritten() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    String guide = Files.readString(Path.of("kbase/README.md"));
    List<Step> steps = steps(guide);
    assertThat(steps).extracting(Step::action).contains("append", "create", "run", "output");

    Run last = null;
    int outputsChecked = 0;
    for (Step step : steps) {
      switch (step.action()) {
        case "append" ->
            Files.writeString(
                file(step.target()), Files.readString(file(step.target())) + step.block());
        case "create" -> Files.writeString(file(step.target()), step.block());
        case "run" -> last = run(step.block().trim(), kbase);
        case "output" -> {
          assertThat(last.exitCode()).as("exit code of the command above").isEqualTo(exit(step));
          assertThat(normalized(last.out(), kbase)).isEqualTo(step.block());
          outputsChecked++;
        }
        case "output starts" -> {
          assertThat(last.exitCode()).as("exit code of the command above").isEqualTo(exit(step));
          assertThat(normalized(last.out(), kbase)).startsWith(step.block());
          outputsChecked++;
        }
        default -> throw new AssertionError(step);
      }
    }
    assertThat(outputsChecked)
        .as("every output the guide marks, however the marker is spelt")
        .isEqualTo(guide.split("<!-- guide: output", -1).length - 1);

    // "An interactive consultation now asks about sleep too."
    Run interactive = CliTest.withInput("\n".repeat(80), "consult", "--kbase", kbase.toString());
    assertThat(interactive.err())
        .contains("How many hours do you usually sleep a night?  [sleep-hours]");
  }

  /** The exit code an output step expects: 0, or what its {@code exit=N} says. */
  private static int exit(Step step) {
    return step.target().startsWith("exit=")
        ? Integer.parseInt(step.target().substring("exit=".length()))
        : 0;
  }

  private Path file(String target) {
    return tmp.resolve(target);
  }

  /**
   * Runs {@code ./heavylegs ...} on the copy, with file arguments taken from the guide's folder.
   */
  private Run run(String commandLine, Path kbase) {
    assertThat(commandLine).startsWith("./heavylegs ");
    List<String> args = new ArrayList<>();
    for (String word :
        Arrays.asList(commandLine.substring("./heavylegs ".length()).split("\\s+"))) {
      args.add(Files.exists(tmp.resolve(word)) ? tmp.resolve(word).toString() : word);
    }
    args.addAll(List.of("--kbase", kbase.toString()));
    return CliTest.heavylegs(args.toArray(String[]::new));
  }

  private static String normalized(String output, Path kbase) {
    return output.replace(kbase.toString().replace('\\', '/'), "kbase");
  }

  /** The marked steps, each with the fenced code block that follows its marker. */
  static List<Step> steps(String guide) {
    List<Step> steps = new ArrayList<>();
    String[] lines = guide.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = STEP.matcher(lines[i].trim());
      if (!marker.matches()) {
        continue;
      }
      int open = i + 1;
      assertThat(lines[open])
          .as("a code block follows the marker on line %d", i + 1)
          .startsWith("```");
      StringBuilder block = new StringBuilder();
      int line = open + 1;
      while (!lines[line].startsWith("```")) {
        block.append(lines[line]).append('\n');
        line++;
      }
      steps.add(new Step(marker.group(1), marker.group(2), block.toString()));
      i = line;
    }
    return steps;
  }
}
