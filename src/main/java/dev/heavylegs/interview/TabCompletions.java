package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.PromptCommand;
import dev.heavylegs.questions.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What Tab completes: at a question, and at the prompt after the report. */
final class TabCompletions {

  private final Session session;

  TabCompletions(Session session) {
    this.session = session;
  }

  /** At a question: the choices, the commands, and the ids that change, how and whynot take. */
  List<String> at(Question question) {
    Set<String> words = new LinkedHashSet<>(question.choices().keySet());
    words.addAll(PromptCommand.WORDS);
    session.state().settled().forEach(id -> words.add("change " + id));
    addConclusionWords(words);
    return new ArrayList<>(words);
  }

  /** After the report: the commands, and the ids they take. */
  List<String> afterReport() {
    Set<String> words =
        new LinkedHashSet<>(List.of("how", "whynot", "change", "whatif", "save", "quit", "help"));
    session.state().settled().forEach(id -> words.add("change " + id));
    session.knowledgeBase().questions().all().forEach(q -> words.add("whatif " + q.id() + "="));
    addConclusionWords(words);
    return new ArrayList<>(words);
  }

  /** "how" with each conclusion id concluded, "whynot" with each one not. */
  private void addConclusionWords(Set<String> words) {
    session.knowledgeBase().rules().all().stream()
        .flatMap(r -> r.conclusionsMade().stream())
        .forEach(
            ref ->
                words.add(
                    (session.state().report().find(ref.id()).isPresent() ? "how " : "whynot ")
                        + ref.id()));
  }
}
