package dev.heavylegs.questions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of answer a question takes, as named in {@code questions.yaml}. */
public enum QuestionType {
  NUMBER,
  INTEGER,
  BOOLEAN,
  CHOICE,
  MULTI_CHOICE;

  /** The name used in {@code questions.yaml}: {@code number}, {@code multi-choice}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type whose {@link #label()} is {@code label}, if any. */
  public static Optional<QuestionType> fromLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
  }

  /** True for the types answered with a number. */
  public boolean isNumeric() {
    return this == NUMBER || this == INTEGER;
  }
}
