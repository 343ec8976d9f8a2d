package dev.heavylegs.kbase;

import java.util.List;

/** The knowledge base cannot be used: it has at least one error. */
public final class KbaseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<KbaseProblem> problems;

  public KbaseException(List<KbaseProblem> problems) {
    super(problems.size() + " problem(s) in the knowledge base");
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, errors and warnings, in file order. */
  public List<KbaseProblem> problems() {
    return problems;
  }
}
