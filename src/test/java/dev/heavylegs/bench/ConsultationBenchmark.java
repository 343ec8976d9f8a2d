package dev.heavylegs.bench;

import dev.heavylegs.engine.Consultation;
import dev.heavylegs.engine.ConsultationSession;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One runner through the shipped knowledge base, four ways: a whole consultation on a fresh session
 * with its report; the batch path (one reused session, cleared between runners, no report); one
 * changed answer on a live session; and the same six causes hand-written in plain Java, the floor.
 * Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConsultationBenchmark {

  static final String RUNNER =
      """
      {"symptoms": ["thirst", "muscle-cramps", "headaches"], "months-running": 30, "usual-effort": "hard",
       "runs-per-week": 5, "rest-days-per-week": 2, "rest-hours-between-runs": 20,
       "weekly-distance-increase-pct": 15, "strength-sessions-per-week": 2, "lower-body-sets": 8,
       "training-priority": "endurance", "lifts-heavy": true, "diet": "vegetarian",
       "iron-rich-meals-per-week": 5, "iron-test": "not-tested", "shoe-distance-km": 700,
       "toe-room-cm": 1.0, "shoes-feel-tight": false, "temperature-c": 29, "run-duration-min": 75,
       "fluids-during-runs": false, "replaces-electrolytes": false, "daily-fluid-litres": 1.4,
       "heavy-legs-weeks": 6, "tried-measures": true}""";

  KnowledgeBase knowledgeBase;
  Answers answers;
  ReportBuilder reports;
  ConsultationSession reused;
  ConsultationSession live;
  Map<String, Object> plain;
  boolean hot;

  @Setup(Level.Trial)
  public void load() throws Exception {
    knowledgeBase = KnowledgeBaseLoader.load(Path.of("kbase"));
    answers = new AnswersReader(knowledgeBase.questions()).parse("runner.json", RUNNER, false);
    reports = new ReportBuilder(knowledgeBase);
    reused = new ConsultationSession(knowledgeBase);
    live = new ConsultationSession(knowledgeBase);
    live.answerAll(answers);
    live.infer();
    plain =
        Map.ofEntries(
            Map.entry("symptoms", Set.of("thirst", "muscle-cramps", "headaches")),
            Map.entry("months-running", 30.0),
            Map.entry("usual-effort", "hard"),
            Map.entry("runs-per-week", 5.0),
            Map.entry("rest-days-per-week", 2.0),
            Map.entry("rest-hours-between-runs", 20.0),
            Map.entry("weekly-distance-increase-pct", 15.0),
            Map.entry("strength-sessions-per-week", 2.0),
            Map.entry("lower-body-sets", 8.0),
            Map.entry("training-priority", "endurance"),
            Map.entry("lifts-heavy", true),
            Map.entry("diet", "vegetarian"),
            Map.entry("iron-rich-meals-per-week", 5.0),
            Map.entry("iron-test", "not-tested"),
            Map.entry("shoe-distance-km", 700.0),
            Map.entry("toe-room-cm", 1.0),
            Map.entry("shoes-feel-tight", false),
            Map.entry("temperature-c", 29.0),
            Map.entry("run-duration-min", 75.0),
            Map.entry("fluids-during-runs", false),
            Map.entry("replaces-electrolytes", false),
            Map.entry("daily-fluid-litres", 1.4),
            Map.entry("heavy-legs-weeks", 6.0),
            Map.entry("tried-measures", true));
  }

  @TearDown(Level.Trial)
  public void close() {
    reused.close();
    live.close();
  }

  /** A whole consultation: fresh session, answers, rules, explanations and the report. */
  @Benchmark
  public Report consultationWithReport() {
    Inference inference = Consultation.run(knowledgeBase, answers);
    return reports.build(inference, answers);
  }

  /** What a batch worker does per runner, before its record: clear, answer, fire, read. */
  @Benchmark
  public Inference reusedSession() {
    reused.clear();
    reused.answerAll(answers);
    return reused.infer();
  }

  /** An interactive step: one answer changes on a live session and the rules settle again. */
  @Benchmark
  public Inference oneChangedAnswer() {
    hot = !hot;
    live.answer("temperature-c", new GivenAnswer.Number(hot ? 31 : 15));
    return live.infer();
  }

  /** The floor: the six causes in plain Java. */
  @Benchmark
  public Map<String, Integer> handWritten() {
    return HandWrittenEvaluator.causes(plain);
  }
}
