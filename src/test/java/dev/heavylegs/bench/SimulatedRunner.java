package dev.heavylegs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.interview.dialogue.Conversation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A runner at the interactive prompt, for {@link InterviewLatency}: types the answers of one
 * profile to whatever the interview asks (Enter, that is unknown, for a question the profile leaves
 * out), and now and then revises an earlier answer with {@code change <question>}, giving a value
 * from another profile.
 *
 * <p>It times each step the way a person waits for it: from the moment its answer line is handed to
 * the interview to the moment the interview asks for the next line (the next question has been
 * chosen and shown, and the conclusions updated), or the interview ends. Choosing what to type
 * happens outside the timed span; {@link #show} only keeps a reference.
 */
final class SimulatedRunner implements Conversation {

  /**
   * The heading of a question as {@code InterviewText.question} writes it: {@code 3. Prompt [id]}.
   */
  private static final Pattern ASKED =
      Pattern.compile("^\\d+\\. .*\\[([a-z0-9-]+)]$", Pattern.MULTILINE);

  /** What the line handed over last was, so what the span up to the next prompt measures. */
  private enum Typed {
    START,
    ANSWER,
    CHANGE_COMMAND,
    REVISED_ANSWER,
    UNTIMED
  }

  private final ObjectNode profile;
  private final List<ObjectNode> others;
  private final Random random;
  private final double revisionChance;
  private int revisionsLeft;
  private int linesLeft;
  private final StepTimes times;

  /** Everything shown and typed, when asked for (it adds to the timed spans: for checking only). */
  private final StringBuilder transcript;

  private final List<String> answered = new ArrayList<>();
  private String lastShown = "";
  private String currentQuestion;
  private Typed lastTyped = Typed.UNTIMED;
  private String changing;
  private long handedOver;
  private LongSupplier clock = System::nanoTime;

  /**
   * @param others profiles a revised value is taken from
   * @param revisionChance the chance, at each question after the second, of revising an earlier
   *     answer first
   * @param revisions at most this many revisions
   * @param steps after this many answers and revisions, quit (without saving)
   * @param transcript where to write the conversation, or null
   */
  SimulatedRunner(
      ObjectNode profile,
      List<ObjectNode> others,
      Random random,
      double revisionChance,
      int revisions,
      int steps,
      StepTimes times,
      StringBuilder transcript) {
    this.profile = profile;
    this.others = others;
    this.random = random;
    this.revisionChance = revisionChance;
    this.revisionsLeft = revisions;
    this.linesLeft = steps;
    this.times = times;
    this.transcript = transcript;
  }

  /**
   * Times the steps by this thread's CPU time instead of the wall clock: what the step costs, less
   * the time the thread waited for a core on a busy machine (and less collector pauses, which run
   * on another thread).
   */
  SimulatedRunner timedByThreadCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    clock = threads::getCurrentThreadCpuTime;
    return this;
  }

  /** Marks the start of the interview: the span up to the first question is timed as the start. */
  void starting() {
    handedOver = clock.getAsLong();
    lastTyped = Typed.START;
  }

  /** The interview returned: the last answer's step ends here. */
  void finished() {
    stepEnded(clock.getAsLong());
  }

  @Override
  public String readLine(String prompt, List<String> completions) {
    stepEnded(clock.getAsLong());
    String line = nextLine(prompt);
    if (transcript != null) {
      transcript.append(prompt).append(line).append('\n');
    }
    handedOver = clock.getAsLong();
    return line;
  }

  @Override
  public void show(String text) {
    lastShown = text;
    if (transcript != null) {
      transcript.append(text).append('\n');
    }
  }

  private void stepEnded(long now) {
    switch (lastTyped) {
      case START -> times.start(now - handedOver);
      case ANSWER -> times.answer(now - handedOver);
      case REVISED_ANSWER -> times.revision(now - handedOver);
      case CHANGE_COMMAND,
          UNTIMED -> {} // "change" only shows the question again: nothing concluded
    }
    lastTyped = Typed.UNTIMED;
  }

  private String nextLine(String prompt) {
    if (prompt.startsWith("Save your answers")) {
      return ""; // after quit: leave without saving
    }
    if (!prompt.equals("> ") && lastShown.contains("Not recorded:")) {
      return ""; // another runner's value that does not fit this one's answers: keep the answer
    }
    if (prompt.startsWith("Stop here")) {
      return "go on"; // after a red flag: the rest of the interview is timed too
    }
    if (changing != null) {
      String question = changing;
      changing = null;
      if (prompt.equals(question + "> ")) {
        lastTyped = Typed.REVISED_ANSWER;
        return revisedValue(question);
      }
      answered.remove(question); // withdrawn meanwhile (a follow-up dropped): change was refused
    }
    if (prompt.equals("> ") && lastShown.contains("Not recorded:")) {
      // this runner's own value does not fit an answer revised earlier to another runner's value
      lastTyped = Typed.ANSWER;
      return "unknown";
    }
    Matcher asked = ASKED.matcher(lastShown);
    if (asked.find()) {
      currentQuestion = asked.group(1);
    } else if (!lastShown.contains("is not an answered question")
        && !lastShown.contains("Kept ")) { // else: a refused or kept change, same question
      throw new IllegalStateException("unexpected prompt " + prompt + " after: " + lastShown);
    }
    if (!prompt.equals("> ")) {
      throw new IllegalStateException("unexpected prompt " + prompt + " after: " + lastShown);
    }
    if (linesLeft-- <= 0) {
      return "quit";
    }
    if (revisionsLeft > 0 && answered.size() >= 2 && random.nextDouble() < revisionChance) {
      revisionsLeft--;
      changing = answered.get(random.nextInt(answered.size()));
      lastTyped = Typed.CHANGE_COMMAND;
      return "change " + changing;
    }
    String question = currentQuestion;
    answered.add(question);
    lastTyped = Typed.ANSWER;
    return typed(profile.get(question));
  }

  /**
   * Another runner's answer to {@code question}, different from this one's where one can be found.
   */
  private String revisedValue(String question) {
    String current = typed(profile.get(question));
    String value = current;
    for (int tries = 0; tries < 20 && value.equals(current); tries++) {
      value = typed(others.get(random.nextInt(others.size())).get(question));
    }
    return value.isEmpty() ? "unknown" : value;
  }

  /**
   * What a runner types for a JSON answer: {@code 31}, {@code yes}, {@code thirst, dark-urine},
   * {@code unknown}.
   */
  static String typed(JsonNode value) {
    if (value == null || value.isNull()) {
      return "unknown"; // Enter alone is asked again, never taken as unknown at once
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "yes" : "no";
    }
    if (value.isArray()) {
      List<String> choices = new ArrayList<>();
      value.forEach(v -> choices.add(v.asText()));
      return choices.isEmpty() ? "none" : String.join(", ", choices);
    }
    return value.asText();
  }
}
