package dev.heavylegs.relevance;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A knowledge base written for one test: its questions, wording and rules, with stock report texts.
 */
final class TinyKbase {

  private TinyKbase() {}

  static KnowledgeBase write(Path dir, String questionsYaml, String wordingYaml, String rulesDrl)
      throws IOException {
    Files.writeString(dir.resolve("questions.yaml"), questionsYaml);
    Files.writeString(
        dir.resolve("report.yaml"),
        """
        disclaimer: d
        no-cause: n
        no-cause-with-red-flag: nr
        red-flag-intro: r
        red-flags-not-checked: rn
        """);
    Files.writeString(dir.resolve("rules.yaml"), wordingYaml);
    Files.writeString(dir.resolve("rules.drl"), rulesDrl);
    try {
      return KnowledgeBaseLoader.load(dir);
    } catch (KbaseException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
  }
}
