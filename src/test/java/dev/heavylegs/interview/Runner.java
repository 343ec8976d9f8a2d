package dev.heavylegs.interview;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated runner at the prompt: answers each question from a profile (question id to what they
 * would type), or types the next scripted line when one is queued. Records every question asked and
 * everything shown, as a person would see it.
 */
final class Runner implements Conversation {

  private static final Pattern ASKED =
      Pattern.compile("^\\n?\\d+\\. .*\\[([a-z0-9-]+)]$", Pattern.MULTILINE);

  private final Map<String, String> profile;
  private final Deque<String> scripted = new java.util.LinkedList<>(); // holds null: end of input
  private final Map<String, List<String>> typedAt = new java.util.HashMap<>();
  final List<String> asked = new ArrayList<>();
  final StringBuilder transcript = new StringBuilder();
  private String current;

  Runner(Map<String, String> profile) {
    this.profile = profile;
  }

  /** The first time {@code questionId} is asked, types {@code lines} before answering it. */
  Runner at(String questionId, String... lines) {
    typedAt.put(questionId, java.util.Arrays.asList(lines));
    return this;
  }

  /** Something that happens in the world the first time {@code questionId} is asked. */
  interface Action {
    void run() throws Exception;
  }

  private final Map<String, Action> actions = new java.util.HashMap<>();

  /** The first time {@code questionId} is asked, does {@code action} (an expert's edit, say). */
  Runner onAsked(String questionId, Action action) {
    actions.put(questionId, action);
    return this;
  }

  /** Everything shown from the first occurrence of {@code marker} on. */
  String after(String marker) {
    int at = transcript.indexOf(marker);
    return at < 0 ? "" : transcript.substring(at);
  }

  @Override
  public String readLine(String prompt, List<String> completions) {
    String line;
    if (!scripted.isEmpty()) {
      line = scripted.removeFirst();
    } else if (current == null) {
      line = null;
    } else {
      line = profile.getOrDefault(current, "");
    }
    transcript.append(prompt).append(line).append('\n');
    return line;
  }

  @Override
  public void show(String text) {
    transcript.append(text).append('\n');
    Matcher m = ASKED.matcher(text);
    if (m.find() && text.contains("\n   (") && !text.contains("\n   Now: ")) {
      current = m.group(1);
      asked.add(current);
      Action action = actions.remove(current);
      if (action != null) {
        try {
          action.run();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
      List<String> lines = typedAt.remove(current);
      if (lines != null) {
        scripted.addAll(lines);
      }
    }
  }
}
