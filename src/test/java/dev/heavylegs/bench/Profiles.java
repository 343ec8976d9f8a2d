package dev.heavylegs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.file.AnswersReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runner profiles from a batch input file (JSON Lines, {@code bench/make-profiles.py} or {@link
 * SyntheticProfiles}): the first {@code limit} valid lines, without their {@code "id"}. Malformed
 * lines are skipped.
 */
final class Profiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Profiles() {}

  /** The profiles as JSON objects, as a runner would type them one by one. */
  static List<ObjectNode> trees(Path file, QuestionCatalogue questions, int limit) {
    List<ObjectNode> trees = new ArrayList<>();
    AnswersReader reader = new AnswersReader(questions);
    try (BufferedReader in = Files.newBufferedReader(file)) {
      for (String line = in.readLine();
          line != null && trees.size() < limit;
          line = in.readLine()) {
        JsonNode root;
        try {
          root = JSON.readTree(line);
        } catch (IOException e) {
          continue;
        }
        if (root instanceof ObjectNode object) {
          object.remove("id");
          try {
            reader.fromTree(file.toString(), object);
            trees.add(object);
          } catch (InvalidAnswerException e) {
            // a deliberately malformed line of the batch input
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return trees;
  }

  /** The profiles as validated answers. */
  static List<Answers> read(Path file, QuestionCatalogue questions, int limit) {
    AnswersReader reader = new AnswersReader(questions);
    List<Answers> answers = new ArrayList<>();
    for (ObjectNode tree : trees(file, questions, limit)) {
      try {
        answers.add(reader.fromTree(file.toString(), tree));
      } catch (InvalidAnswerException e) {
        throw new IllegalStateException(e); // checked in trees()
      }
    }
    return answers;
  }
}
