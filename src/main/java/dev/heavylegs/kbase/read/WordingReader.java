package dev.heavylegs.kbase.read;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.kbase.WordingEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the wording files ({@code *.yaml} beside the rules) into one {@link Wording}. Each
 * conclusion is worded once in the whole knowledge base; a second entry is an error.
 */
public final class WordingReader {

  /** A wording file: any of four sections, each mapping a conclusion id to its texts. */
  record WordingFile(
      Map<String, Explained> conditions,
      Map<String, Explained> causes,
      Map<String, Advice> recommendations,
      Map<String, ReferralText> referrals) {}

  record Explained(
      @JsonProperty(required = true) String title,
      @JsonProperty(required = true) String explanation,
      String source) {}

  record Advice(
      @JsonProperty(required = true) String title,
      @JsonProperty(required = true) String advice,
      String source) {}

  record ReferralText(
      @JsonProperty(required = true) String title,
      @JsonProperty(required = true) String reason,
      @JsonProperty(required = true) String advice,
      String source) {}

  private final Map<ConclusionRef, WordingEntry> entries = new LinkedHashMap<>();
  private final List<KbaseProblem> problems;
  private boolean allRead = true;

  public WordingReader(List<KbaseProblem> problems) {
    this.problems = problems;
  }

  /** False once a wording file could not be read: the wording it holds is unknown. */
  public boolean allFilesRead() {
    return allRead;
  }

  /** Adds the entries of one wording file, whose content is {@code text}. */
  public void read(String text, String shownPath) {
    Optional<WordingFile> file = YamlFiles.read(text, shownPath, WordingFile.class, problems);
    allRead &= file.isPresent();
    file.ifPresent(
        w -> {
          // conditions and causes are worded alike: a title and an explanation
          EntryMaker<Explained> explained =
              (ref, t, line) ->
                  entry(ref, t.title(), t.explanation(), null, null, t.source(), shownPath, line);
          section(w.conditions(), Kind.CONDITION, text, shownPath, explained);
          section(w.causes(), Kind.CAUSE, text, shownPath, explained);
          section(
              w.recommendations(),
              Kind.RECOMMENDATION,
              text,
              shownPath,
              (ref, t, line) ->
                  entry(ref, t.title(), null, t.advice(), null, t.source(), shownPath, line));
          section(
              w.referrals(),
              Kind.REFERRAL,
              text,
              shownPath,
              (ref, t, line) ->
                  entry(ref, t.title(), null, t.advice(), t.reason(), t.source(), shownPath, line));
        });
  }

  public Wording wording() {
    return new Wording(entries);
  }

  private interface EntryMaker<T> {
    WordingEntry make(ConclusionRef ref, T text, int line);
  }

  private <T> void section(
      Map<String, T> texts, Kind kind, String fileText, String shownPath, EntryMaker<T> maker) {
    if (texts == null) {
      return;
    }
    texts.forEach(
        (id, text) -> {
          ConclusionRef ref = new ConclusionRef(kind, id);
          int line = YamlFiles.lineOfKey(fileText, id);
          WordingEntry earlier = entries.get(ref);
          if (earlier != null) {
            problems.add(
                KbaseProblem.error(
                    shownPath,
                    line,
                    1,
                    ref
                        + " is already worded in "
                        + earlier.file()
                        + ":"
                        + earlier.line()
                        + "; word each conclusion in one place"));
          } else {
            entries.put(ref, maker.make(ref, text, line));
          }
        });
  }

  private static WordingEntry entry(
      ConclusionRef ref,
      String title,
      String explanation,
      String advice,
      String reason,
      String source,
      String file,
      int line) {
    return new WordingEntry(
        ref, tidy(title), tidy(explanation), tidy(advice), tidy(reason), tidy(source), file, line);
  }

  /** YAML folded text ends with a newline; the report wants it without. */
  private static String tidy(String text) {
    return text == null ? null : text.strip();
  }
}
