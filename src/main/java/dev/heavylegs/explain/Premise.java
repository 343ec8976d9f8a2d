package dev.heavylegs.explain;

import dev.heavylegs.facts.Answer;
import dev.heavylegs.facts.Conclusion;

/** A fact a rule's match rested on: one of the runner's answers, or an earlier conclusion. */
public sealed interface Premise {

  /** One of the runner's answers (for a multi-choice question, one chosen value). */
  record Answered(Answer answer) implements Premise {}

  /** An earlier conclusion, with derivations of its own. */
  record Concluded(Conclusion conclusion) implements Premise {}
}
