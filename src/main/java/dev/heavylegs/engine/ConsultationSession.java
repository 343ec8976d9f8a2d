package dev.heavylegs.engine;

import dev.heavylegs.explain.DerivationReader;
import dev.heavylegs.facts.Answer;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.GivenAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A live consultation: a Drools session holding the runner's answers. Answers can be given, changed
 * and withdrawn; truth maintenance then withdraws every conclusion that no longer holds, so {@link
 * #infer()} always reflects the current answers.
 */
public final class ConsultationSession implements AutoCloseable {

  /** More firings than any sound knowledge base of this size needs: past this, rules loop. */
  static final int MAX_FIRINGS = 10_000;

  private final KnowledgeBase knowledgeBase;

  /** A pool of one: handing the session back resets it, far cheaper than deleting every fact. */
  private final KieSessionsPool pool;

  private KieSession session;
  private final FiringCounter firings = new FiringCounter();
  private final DerivationReader derivations;
  private final Map<String, List<FactHandle>> handlesByQuestion = new HashMap<>();

  public ConsultationSession(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
    this.pool = knowledgeBase.kieBase().newKieSessionsPool(1);
    this.session = pool.newKieSession();
    this.session.addEventListener(firings);
    this.derivations = new DerivationReader(knowledgeBase.rules());
  }

  /** Gives all of {@code answers}, replacing earlier answers to the same questions. */
  public void answerAll(Answers answers) {
    answers.given().forEach(this::answer);
    answers.unknown().forEach(this::forget);
  }

  /** Gives or replaces the answer to one question. */
  public void answer(String questionId, GivenAnswer answer) {
    forget(questionId);
    List<FactHandle> handles = new ArrayList<>();
    for (Answer fact : answer.facts(questionId)) {
      handles.add(session.insert(fact));
    }
    handlesByQuestion.put(questionId, handles);
  }

  /** Withdraws the answer to one question, if any: it becomes unknown. */
  public void forget(String questionId) {
    List<FactHandle> handles = handlesByQuestion.remove(questionId);
    if (handles != null) {
      handles.forEach(session::delete);
    }
  }

  /**
   * Withdraws every answer and every conclusion, so the session can serve the next runner (a batch
   * keeps one session per thread). The pool resets the session wholesale; a reset session has no
   * listeners, so the firing counter is added again.
   */
  public void clear() {
    handlesByQuestion.clear();
    session.dispose();
    session = pool.newKieSession();
    session.addEventListener(firings);
  }

  /**
   * Fires the rules until nothing more follows from the answers and returns what now holds.
   *
   * @throws RunawayRulesException when the rules do not settle within {@link #MAX_FIRINGS}
   */
  public Inference infer() {
    firings.reset();
    int fired = session.fireAllRules(MAX_FIRINGS);
    if (fired >= MAX_FIRINGS) {
      throw new RunawayRulesException(fired, firings.busiest(knowledgeBase.rules(), 5));
    }
    return new Inference(derivations.read(session));
  }

  @Override
  public void close() {
    session.dispose();
    pool.shutdown();
  }
}
