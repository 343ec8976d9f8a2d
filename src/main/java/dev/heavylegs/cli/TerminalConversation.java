package dev.heavylegs.cli;

import dev.heavylegs.interview.dialogue.Conversation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The conversation at a terminal: JLine line editing, history (up arrow) and Tab completion of the
 * choices and commands that fit the current prompt. It talks on stderr, so the report on stdout can
 * be redirected to a file while the runner still sees the questions.
 */
final class TerminalConversation implements Conversation, AutoCloseable {

  private final Terminal terminal;
  private final LineReader reader;
  private final List<String> completions = new ArrayList<>();

  TerminalConversation() {
    try {
      terminal =
          TerminalBuilder.builder()
              .system(true)
              .systemOutput(TerminalBuilder.SystemOutput.SysErr)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
    }
    reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .completer(
                (lineReader, line, candidates) ->
                    wordsFor(line.words(), line.wordIndex())
                        .forEach(word -> candidates.add(new Candidate(word))))
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .option(LineReader.Option.COMPLETE_MATCHER_TYPO, false)
            .build();
  }

  @Override
  public String readLine(String prompt, List<String> words) throws Interrupted {
    completions.clear();
    completions.addAll(words);
    while (true) {
      try {
        return reader.readLine(prompt);
      } catch (UserInterruptException e) {
        if (e.getPartialLine() == null || e.getPartialLine().isEmpty()) {
          throw new Interrupted();
        }
        // Ctrl-C on a half-typed line clears the line, as in a shell; on an empty one it leaves
      } catch (EndOfFileException e) {
        return null;
      }
    }
  }

  /**
   * The completions for word {@code index} of the line: the first word completes to a choice or a
   * command; after {@code change}, {@code how} or {@code whynot}, to what that command takes; after
   * a choice, to more choices (multi-choice answers).
   */
  private List<String> wordsFor(List<String> words, int index) {
    String verb = index > 0 && !words.isEmpty() ? words.get(0) + " " : "";
    List<String> matching = new ArrayList<>();
    for (String completion : completions) {
      int space = completion.indexOf(' ');
      if (space < 0 && (index == 0 || !isCommand(words.get(0)))) {
        matching.add(completion);
      } else if (space > 0 && index == 1 && completion.startsWith(verb)) {
        matching.add(completion.substring(space + 1));
      }
    }
    return matching;
  }

  private boolean isCommand(String word) {
    return completions.stream().anyMatch(c -> c.startsWith(word + " "));
  }

  @Override
  public void show(String text) {
    terminal.writer().println(text);
    terminal.writer().flush();
  }

  @Override
  public void notice(String text) {
    reader.printAbove(text); // JLine redraws the prompt and the half-typed line below it
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      // closing a terminal that is going away anyway
    }
  }
}
