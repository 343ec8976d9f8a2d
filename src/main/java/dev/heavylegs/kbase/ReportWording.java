package dev.heavylegs.kbase;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wording of the report itself, from {@code kbase/report.yaml}: the note that this is not a
 * diagnosis, what to do when no cause is found (with a red flag, with conditions found, and with
 * neither), the line above red flags, the warning when the red-flag screening was not answered, and
 * the line that puts the advice after a red flag. The last two keys are optional: without "no
 * cause, but conditions" the plain "no cause" text is used, and without the line after a red flag
 * nothing is shown there.
 *
 * <p>The plain report's words are optional too: section {@code headings} by section id, the {@code
 * summary} lines, the {@code sentences} that join answers into one "because" sentence, the {@code
 * answer-phrases} that say an answer in plain words (per question: one phrase, or one per answer
 * value with {@code any} for the rest), and the {@code singular-units} shown after a value of
 * exactly 1. A missing one falls back to the plain facts (the section id, the question and its
 * value).
 */
public record ReportWording(
    @JsonProperty(required = true) String disclaimer,
    @JsonProperty(value = "no-cause", required = true) String noCause,
    @JsonProperty(value = "no-cause-with-red-flag", required = true) String noCauseWithRedFlag,
    @JsonProperty(value = "red-flag-intro", required = true) String redFlagIntro,
    @JsonProperty(value = "red-flags-not-checked", required = true) String redFlagsNotChecked,
    @JsonProperty(value = "advice-after-red-flag") String adviceAfterRedFlag,
    @JsonProperty(value = "no-cause-with-conditions") String noCauseWithConditions,
    @JsonProperty(value = "headings") Map<String, String> headings,
    @JsonProperty(value = "summary") Map<String, String> summary,
    @JsonProperty(value = "sentences") Map<String, String> sentences,
    @JsonProperty(value = "answer-phrases") Map<String, Object> answerPhrasesAsWritten,
    @JsonProperty(value = "singular-units") Map<String, String> singularUnits) {

  /** The key of an answer phrase used for every value without a phrase of its own. */
  public static final String ANY_VALUE = "any";

  public ReportWording {
    disclaimer = disclaimer.strip();
    noCause = noCause.strip();
    noCauseWithRedFlag = noCauseWithRedFlag.strip();
    redFlagIntro = redFlagIntro.strip();
    redFlagsNotChecked = redFlagsNotChecked.strip();
    adviceAfterRedFlag = adviceAfterRedFlag == null ? "" : adviceAfterRedFlag.strip();
    noCauseWithConditions = noCauseWithConditions == null ? noCause : noCauseWithConditions.strip();
    headings = stripped(headings);
    summary = stripped(summary);
    sentences = stripped(sentences);
    answerPhrasesAsWritten = normalised(answerPhrasesAsWritten);
    singularUnits = stripped(singularUnits);
  }

  /** The wording without any of the optional plain-report words (older knowledge bases). */
  public ReportWording(
      String disclaimer,
      String noCause,
      String noCauseWithRedFlag,
      String redFlagIntro,
      String redFlagsNotChecked,
      String adviceAfterRedFlag,
      String noCauseWithConditions) {
    this(
        disclaimer,
        noCause,
        noCauseWithRedFlag,
        redFlagIntro,
        redFlagsNotChecked,
        adviceAfterRedFlag,
        noCauseWithConditions,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * The phrase for each question id, by answer value ({@link #ANY_VALUE} for any other value):
   * {@code {value}} in a phrase stands for the answer as the runner gave it, {@code {choices}} for
   * the descriptions of the chosen values.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Map<String, String>> answerPhrases() {
    Map<String, Map<String, String>> phrases = new LinkedHashMap<>();
    answerPhrasesAsWritten.forEach((q, p) -> phrases.put(q, (Map<String, String>) p));
    return Collections.unmodifiableMap(phrases);
  }

  private static Map<String, String> stripped(Map<String, String> texts) {
    Map<String, String> out = new LinkedHashMap<>();
    if (texts != null) {
      texts.forEach((k, v) -> out.put(k, v == null ? "" : v.strip()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Each question's phrases as a map of value to phrase: a lone phrase is for any value. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> normalised(Map<String, Object> written) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (written != null) {
      written.forEach(
          (question, phrase) -> {
            Map<String, String> byValue = new LinkedHashMap<>();
            if (phrase instanceof Map<?, ?> map) {
              map.forEach((k, v) -> byValue.put(String.valueOf(k), String.valueOf(v).strip()));
            } else if (phrase != null) {
              byValue.put(ANY_VALUE, phrase.toString().strip());
            }
            out.put(question, Collections.unmodifiableMap(byValue));
          });
    }
    return Collections.unmodifiableMap(out);
  }
}
