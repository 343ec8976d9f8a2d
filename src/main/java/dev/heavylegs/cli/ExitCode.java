package dev.heavylegs.cli;

/** The process exit codes, as listed in {@code heavylegs --help}. */
final class ExitCode {

  /** A report was printed, also when no cause was found. */
  static final int OK = 0;
  /** A bug in heavylegs itself. */
  static final int INTERNAL_ERROR = 1;
  /** Bad input: a wrong option, or an answers file that is missing, malformed or invalid. */
  static final int BAD_INPUT = 2;
  /** The knowledge base does not build, or its rules do not settle. */
  static final int BAD_KNOWLEDGE_BASE = 3;

  private ExitCode() {}
}
