package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseProblem;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file of rules as the engine compiles it: a {@code .drl} file as written, or the DRL Drools
 * generates from a decision table, with the table kept to point messages back at its cells.
 *
 * @param relative the file inside the knowledge base
 * @param shown the file as shown to users
 * @param drl the rules' text
 * @param table the decision table the text was generated from, if any
 */
public record RuleSource(Path relative, String shown, String drl, Optional<DecisionTable> table) {

  /**
   * Every rule file and decision table among {@code files}, from {@code snapshot}; a table or file
   * that cannot be read adds its problem to {@code out}.
   */
  public static List<RuleSource> readAll(
      KbaseSnapshot snapshot, List<Path> files, KbasePaths paths, List<KbaseProblem> out) {
    List<RuleSource> sources = new ArrayList<>();
    for (Path file : files) {
      String shown = paths.shown(file);
      if (DecisionTable.isDecisionTable(file)) {
        DecisionTable.read(snapshot, file, shown, out)
            .ifPresent(t -> sources.add(new RuleSource(file, shown, t.drl(), Optional.of(t))));
      } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".drl")) {
        try {
          sources.add(new RuleSource(file, shown, snapshot.text(file), Optional.empty()));
        } catch (CharacterCodingException e) {
          out.add(KbaseProblem.error(shown, 0, 0, "cannot read the file: it is not UTF-8 text"));
        }
      }
    }
    return sources;
  }

  /** Where the engine holds this source, relative to its resources; its messages name this path. */
  public String compiledPath() {
    String path = KbasePaths.slashed(relative);
    return table.isPresent() ? path + ".generated.drl" : path;
  }

  /** {@code problem}, found in {@link #drl()}, moved to the table cell it came from if any. */
  public KbaseProblem locate(KbaseProblem problem) {
    return table.map(t -> t.moved(problem)).orElse(problem);
  }

  /** Line {@code line} (from 1) of the rules' text, or an empty string. */
  public String line(int line) {
    String[] lines = drl.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }
}
