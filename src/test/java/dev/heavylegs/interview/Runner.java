package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.interview.dialogue.FlowMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedList;
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
  private final Deque<String> scripted = new LinkedList<>(); // holds null: end of input
  private final Map<String, List<String>> typedAt = new HashMap<>();
  final List<String> asked = new ArrayList<>();
  final StringBuilder transcript = new StringBuilder();
  private String current;

  Runner(Map<String, String> profile) {
    this.profile = profile;
  }

  /** The first time {@code questionId} is asked, types {@code lines} before answering it. */
  Runner at(String questionId, String... lines) {
    typedAt.put(questionId, Arrays.asList(lines));
    return this;
  }

  /** Something that happens in the world the first time {@code questionId} is asked. */
  interface Action {
    void run() throws Exception;
  }

  private final Map<String, Action> actions = new HashMap<>();

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

  private boolean interactive = true;

  /**
   * A runner whose lines come as from a script: questions in the catalogue's order, no stop at a
   * red flag, no prompt after the report (for tests of the prompt commands that name the question
   * before which they are typed).
   */
  static Runner asScript(Map<String, String> profile) {
    Runner runner = new Runner(profile);
    runner.interactive = false;
    return runner;
  }

  @Override
  public boolean isInteractive() {
    return interactive;
  }

  /** What the runner types when asked whether to stop at a red flag; go on unless told. */
  private String atRedFlag = "go on";

  /** At a red flag, types {@code line} (Enter: stop there). */
  Runner atRedFlag(String line) {
    atRedFlag = line;
    return this;
  }

  /** Lines typed at the prompt after the report; then Ctrl-D. */
  private final Deque<String> afterReport = new java.util.LinkedList<>();

  Runner afterReport(String... lines) {
    afterReport.addAll(java.util.Arrays.asList(lines));
    return this;
  }

  private boolean reportSeen;
  private String interruptAt;
  private final Deque<String> atSaveOffer = new java.util.LinkedList<>();

  /** Presses Ctrl-C the first time {@code questionId} is asked. */
  Runner interruptAt(String questionId) {
    interruptAt = questionId;
    return this;
  }

  /** What the runner types when offered to save ({@code ^C}: Ctrl-C there too). */
  Runner atSaveOffer(String... lines) {
    atSaveOffer.addAll(java.util.Arrays.asList(lines));
    return this;
  }

  @Override
  public String readLine(String prompt, List<String> completions) throws Interrupted {
    String line;
    reportSeen |= prompt.equals(FlowMessages.AFTER_REPORT_PROMPT);
    if (prompt.equals("> ") && current != null && current.equals(interruptAt)) {
      interruptAt = null;
      transcript.append(prompt).append("^C\n");
      throw new Interrupted();
    }
    if (prompt.equals(FlowMessages.SAVE_OFFER) && (!atSaveOffer.isEmpty() || scripted.isEmpty())) {
      line = atSaveOffer.isEmpty() ? null : atSaveOffer.removeFirst(); // none left: Ctrl-D
      transcript.append(prompt).append(line).append('\n');
      if ("^C".equals(line)) {
        throw new Interrupted();
      }
      return line;
    }
    if (prompt.equals(FlowMessages.STOP_OR_GO_ON) && scripted.isEmpty()) {
      line = atRedFlag;
    } else if (reportSeen && !prompt.equals("> ")) {
      line = afterReport.isEmpty() ? null : afterReport.removeFirst();
    } else if (!scripted.isEmpty()) {
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
