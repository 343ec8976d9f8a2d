package dev.heavylegs.kbase;

import dev.heavylegs.questions.QuestionCatalogue;
import java.util.List;
import org.kie.api.KieBase;

/**
 * A knowledge base that loaded without errors: the question catalogue, the wording, the rules as
 * written and the rules as compiled. Immutable and safe to share between consultations.
 */
public final class KnowledgeBase {

  private final String location;
  private final String contentHash;
  private final QuestionCatalogue questions;
  private final Wording wording;
  private final ReportWording reportWording;
  private final RuleIndex rules;
  private final KieBase kieBase;
  private final List<KbaseProblem> warnings;

  public KnowledgeBase(
      String location,
      String contentHash,
      QuestionCatalogue questions,
      Wording wording,
      ReportWording reportWording,
      RuleIndex rules,
      KieBase kieBase,
      List<KbaseProblem> warnings) {
    this.location = location;
    this.contentHash = contentHash;
    this.questions = questions;
    this.wording = wording;
    this.reportWording = reportWording;
    this.rules = rules;
    this.kieBase = kieBase;
    this.warnings = List.copyOf(warnings);
  }

  /** The kbase folder as shown to users. */
  public String location() {
    return location;
  }

  /** This knowledge base with its rules compiled elsewhere (the cached executable model). */
  KnowledgeBase withKieBase(KieBase compiled) {
    return new KnowledgeBase(
        location, contentHash, questions, wording, reportWording, rules, compiled, warnings);
  }

  /**
   * This knowledge base with other rules: a variant of it (a mutant), its questions and wording
   * kept.
   */
  public KnowledgeBase withCompiled(RuleIndex otherRules, KieBase compiled) {
    return new KnowledgeBase(
        location, contentHash, questions, wording, reportWording, otherRules, compiled, warnings);
  }

  /** {@code sha256:...} of every file in the folder: changes with any edit. */
  public String contentHash() {
    return contentHash;
  }

  public QuestionCatalogue questions() {
    return questions;
  }

  public Wording wording() {
    return wording;
  }

  public ReportWording reportWording() {
    return reportWording;
  }

  public RuleIndex rules() {
    return rules;
  }

  /** The compiled rules, for the engine. */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Problems that do not stop the knowledge base from being used. */
  public List<KbaseProblem> warnings() {
    return warnings;
  }
}
