package dev.heavylegs.report;

import dev.heavylegs.explain.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a consultation concluded, in the order a runner should read it, with the words of the
 * knowledge base and an explanation tree under every conclusion.
 *
 * @param redFlags emergency and urgent referrals, most urgent first; always shown first
 * @param causes the causes found, strongest first
 * @param conditions the intermediate conditions found
 * @param recommendationGroups what to do, grouped by the cause (or condition) it answers
 * @param referrals routine referrals
 * @param openQuestions unanswered questions that could have changed the result
 * @param summary the few lines a runner reads first
 * @param shownNumbers each number answer by question id as the runner gave it, with its unit
 * @param texts the report's own wording from the knowledge base
 */
public record Report(
    List<ReferralItem> redFlags,
    List<CauseItem> causes,
    List<ConditionItem> conditions,
    List<RecommendationGroup> recommendationGroups,
    List<ReferralItem> referrals,
    List<OpenQuestion> openQuestions,
    Summary summary,
    Map<String, String> shownNumbers,
    Texts texts) {

  public Report {
    shownNumbers = Map.copyOf(shownNumbers);
  }

  /**
   * The report's fixed wording, from {@code kbase/report.yaml}; {@code adviceAfterRedFlag} is empty
   * when no red flag was raised (or the file has no such line).
   *
   * @param headings section headings by {@link ReportSection#id()}
   * @param sentences the connecting words of {@code report.yaml} ({@code advice-for}...)
   */
  public record Texts(
      String disclaimer,
      String noCause,
      String redFlagIntro,
      String redFlagsNotChecked,
      String adviceAfterRedFlag,
      Map<String, String> headings,
      Map<String, String> sentences) {

    public Texts {
      headings = Map.copyOf(headings);
      sentences = Map.copyOf(sentences);
    }

    /** The heading of {@code key} ({@code causes}, {@code no-cause}...), or the key in words. */
    public String heading(String key) {
      String heading = headings.get(key);
      if (heading == null || heading.isBlank()) {
        String words = key.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
      }
      return heading;
    }

    /** A cause and its "because" sentence on one line: "1. Hot weather, because ...". */
    public String causeBecause(String title, String because) {
      if (because.isEmpty()) {
        return title;
      }
      return sentences
          .getOrDefault("cause", "{title}: {because}")
          .replace("{title}", title)
          .replace("{because}", because);
    }

    /** The heading over a group of advice for {@code title}: "For Hot weather:". */
    public String adviceFor(String title) {
      return sentences.getOrDefault("advice-for", "{title}:").replace("{title}", title);
    }
  }

  /**
   * What a runner reads first, each line empty when it does not apply.
   *
   * @param redFlags one line for each red flag: its urgency and what it is
   * @param causes the most likely causes, or that none fits
   * @param firstSteps the first things to do
   * @param openQuestions how many unanswered questions could still change the result
   */
  public record Summary(
      List<String> redFlags, String causes, String firstSteps, String openQuestions) {

    public Summary {
      redFlags = List.copyOf(redFlags);
    }

    /** The lines that apply, in order. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>(redFlags);
      for (String line : List.of(causes, firstSteps, openQuestions)) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  /** An answer in an explanation as the runner gave it: {@code 3 weeks (0.7 months)}. */
  public String shown(Reason.AnswerSupport answer) {
    return answer.number() == null
        ? answer.shown()
        : shownNumbers.getOrDefault(answer.question(), answer.shown());
  }

  /**
   * True when a red-flag screening question was left unanswered: red flags could not be ruled out.
   */
  public boolean redFlagsNotChecked() {
    return openQuestions.stream().anyMatch(OpenQuestion::redFlagScreening);
  }

  /**
   * A cause, with its strength: the sum of the weights of the rules that support it.
   *
   * @param because the runner's answers behind it as one plain sentence
   */
  public record CauseItem(
      String id,
      String title,
      String description,
      int strength,
      String because,
      List<Reason> explanation) {}

  public record ConditionItem(
      String id, String title, String description, List<Reason> explanation) {}

  /**
   * A recommendation.
   *
   * @param basedOn ids of the causes or conditions it answers, strongest first
   */
  public record RecommendationItem(
      String id,
      String title,
      String advice,
      String source,
      List<String> basedOn,
      List<Reason> explanation) {}

  /** The recommendations answering one cause or condition. */
  public record RecommendationGroup(
      String kind, String id, String title, List<RecommendationItem> recommendations) {}

  public record ReferralItem(
      String id,
      String urgency,
      boolean redFlag,
      String title,
      String reason,
      String advice,
      List<Reason> explanation) {}

  /**
   * A question left unanswered that some rule still needs.
   *
   * @param redFlagScreening true when a red-flag rule reads it: red flags could not be checked
   * @param couldLeadTo titles of what rules reading it could conclude
   */
  public record OpenQuestion(
      String id, String prompt, boolean redFlagScreening, List<String> couldLeadTo) {}

  /** All recommendations, in group order, each once. */
  public List<RecommendationItem> recommendations() {
    return recommendationGroups.stream().flatMap(g -> g.recommendations().stream()).toList();
  }

  /** A concluded item found by id, with its explanation, for {@code how} at the prompt. */
  public record Explained(String kind, String id, String title, List<Reason> explanation) {}

  /** The conclusion of this kind ({@code cause}, {@code condition}...) and id, if reached. */
  public Optional<Explained> find(String kind, String id) {
    return kind == null ? Optional.empty() : findFirst(kind, id);
  }

  /** The conclusion with this id (cause, condition, recommendation or referral), if reached. */
  public Optional<Explained> find(String id) {
    return findFirst(null, id);
  }

  /**
   * The first conclusion with {@code id} (and {@code kind}, unless null): red flags, causes,
   * conditions, recommendations, other referrals. Looked through in place, without a list of them
   * all: the prompt's completion asks about every conclusion of the knowledge base at every step.
   */
  private Optional<Explained> findFirst(String kind, String id) {
    for (ReferralItem r : redFlags) {
      if (r.id().equals(id) && (kind == null || kind.equals("referral"))) {
        return Optional.of(new Explained("referral", r.id(), r.title(), r.explanation()));
      }
    }
    for (CauseItem c : causes) {
      if (c.id().equals(id) && (kind == null || kind.equals("cause"))) {
        return Optional.of(new Explained("cause", c.id(), c.title(), c.explanation()));
      }
    }
    for (ConditionItem c : conditions) {
      if (c.id().equals(id) && (kind == null || kind.equals("condition"))) {
        return Optional.of(new Explained("condition", c.id(), c.title(), c.explanation()));
      }
    }
    for (RecommendationGroup group : recommendationGroups) {
      for (RecommendationItem r : group.recommendations()) {
        if (r.id().equals(id) && (kind == null || kind.equals("recommendation"))) {
          return Optional.of(new Explained("recommendation", r.id(), r.title(), r.explanation()));
        }
      }
    }
    for (ReferralItem r : referrals) {
      if (r.id().equals(id) && (kind == null || kind.equals("referral"))) {
        return Optional.of(new Explained("referral", r.id(), r.title(), r.explanation()));
      }
    }
    return Optional.empty();
  }

  /** True when no cause was found: the report then says so and what to do. */
  public boolean noCauseFound() {
    return causes.isEmpty();
  }
}
