package dev.heavylegs.cli;

import dev.heavylegs.interview.dialogue.Conversation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The conversation when stdin is not a terminal: one answer per line from stdin, questions and
 * everything else said on stderr, each line read echoed after its prompt so the stderr transcript
 * reads like a terminal session.
 */
final class ScriptedConversation implements Conversation {

  private final BufferedReader in;
  private final PrintWriter err;

  ScriptedConversation(StandardInput input, PrintWriter err) {
    this.in = new BufferedReader(new InputStreamReader(input.stream(), StandardCharsets.UTF_8));
    this.err = err;
  }

  @Override
  public String readLine(String prompt, List<String> completions) {
    err.print(prompt);
    err.flush();
    try {
      String line = in.readLine();
      err.println(line == null ? "" : line);
      err.flush();
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean isInteractive() {
    return false;
  }

  @Override
  public void show(String text) {
    err.println(text);
    err.flush();
  }
}
