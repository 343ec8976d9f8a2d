package dev.heavylegs.bench;

import java.util.ArrayList;
import java.util.List;

/** The timed steps of simulated interviews, by kind, and in the order they happened. */
final class StepTimes {

  enum Kind {
    START,
    ANSWER,
    REVISION
  }

  /** One step: which runner, its number within that interview (the start is 0), what, how long. */
  record Step(int runner, int number, Kind kind, long nanos) {}

  final Samples starts = new Samples();
  final Samples answers = new Samples();
  final Samples revisions = new Samples();
  final List<Step> inOrder = new ArrayList<>();
  private int runner;
  private int number;

  /** The steps that follow belong to a new interview. */
  void nextRunner() {
    runner++;
    number = 0;
  }

  void start(long nanos) {
    starts.add(nanos);
    inOrder.add(new Step(runner, number++, Kind.START, nanos));
  }

  void answer(long nanos) {
    answers.add(nanos);
    inOrder.add(new Step(runner, number++, Kind.ANSWER, nanos));
  }

  void revision(long nanos) {
    revisions.add(nanos);
    inOrder.add(new Step(runner, number++, Kind.REVISION, nanos));
  }

  /** Answers and revisions together: every step from a line typed to the next question. */
  Samples allSteps() {
    Samples all = new Samples();
    all.addAll(answers);
    all.addAll(revisions);
    return all;
  }
}
