package dev.heavylegs.cli;

/** The process exit codes, as listed in {@code heavylegs --help}. */
final class ExitCode {

  /** A report was printed (also when no cause was found), or the runner chose to quit. */
  static final int OK = 0;

  /** A bug in heavylegs itself. */
  static final int INTERNAL_ERROR = 1;

  /** {@code heavylegs test}: some scenario failed. */
  static final int TESTS_FAILED = 1;

  /**
   * Bad input: a wrong option (a {@code --kbase} that is no folder), or an answers file that is
   * missing, unreadable, too large, malformed or invalid.
   */
  static final int BAD_INPUT = 2;

  /** The knowledge base does not build, or its rules do not settle. */
  static final int BAD_KNOWLEDGE_BASE = 3;

  /** Input ended before an interactive consultation was complete; no report was printed. */
  static final int INCOMPLETE = 4;

  /** The runner pressed Ctrl-C (the shell convention for SIGINT). */
  static final int INTERRUPTED = 130;

  private ExitCode() {}
}
