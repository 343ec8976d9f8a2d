package dev.heavylegs.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heavylegs.engine.ConsultationSession;
import dev.heavylegs.engine.Inference;
import dev.heavylegs.json.JsonText;
import dev.heavylegs.json.JsonTrees;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.questions.Answers;
import dev.heavylegs.questions.InvalidAnswerException;
import dev.heavylegs.questions.file.AnswersReader;
import dev.heavylegs.questions.file.SyntaxErrorText;
import dev.heavylegs.report.Report;
import dev.heavylegs.report.ReportBuilder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one input line into one output line, on one thread: a profile into its compact report, or a
 * malformed line into an error record. Keeps one engine session and clears it between profiles.
 */
final class ProfileEvaluator implements AutoCloseable {

  private final ConsultationSession session;
  private final AnswersReader reader;
  private final ReportBuilder reports;
  private final Set<String> redFlagQuestions;
  private final boolean explain;
  private final CharsetDecoder strictUtf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  ProfileEvaluator(KnowledgeBase knowledgeBase, boolean explain) {
    this.session = new ConsultationSession(knowledgeBase);
    this.reader = new AnswersReader(knowledgeBase.questions());
    // Explanations are written one level deep from the engine's derivations (BatchRecord), and a
    // record names conclusions by id, so the report needs no explanation trees and no sentences.
    this.reports = ReportBuilder.forRecords(knowledgeBase);
    this.redFlagQuestions =
        knowledgeBase.rules().all().stream()
            .filter(RuleInfo::raisesRedFlag)
            .flatMap(r -> r.questionsRead().stream())
            .collect(Collectors.toSet());
    this.explain = explain;
  }

  /**
   * What came of one line: its output line (UTF-8, no line end), and the report when it was a valid
   * profile.
   */
  record Evaluated(byte[] utf8, Report report) {

    /** The output line as text. */
    String json() {
      return new String(utf8, StandardCharsets.UTF_8);
    }
  }

  /**
   * The record for one line as read: a line longer than {@code maxLineBytes} (not kept by the
   * reader) or one that is not UTF-8 is an error record.
   */
  Evaluated evaluate(LineReader.Line line, int maxLineBytes) {
    long number = line.number();
    if (line.tooLong()) {
      return error(null, number, "line " + number + " is longer than " + maxLineBytes + " bytes");
    }
    byte[] bytes = line.bytes();
    int from = number == 1 && startsWithByteOrderMark(bytes) ? 3 : 0;
    String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    // Decoding replaces a malformed byte with U+FFFD; only then is the line decoded again strictly,
    // to tell a malformed byte from a U+FFFD written in the line.
    if (text.indexOf('\uFFFD') >= 0) {
      int malformed = firstMalformedByte(bytes, from);
      if (malformed >= 0) {
        return error(
            null,
            number,
            String.format(
                Locale.ROOT,
                "line %d is not valid UTF-8: byte 0x%02X at byte %d of the line",
                number,
                bytes[malformed] & 0xff,
                malformed + 1));
      }
    }
    return evaluate(number, text);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
  }

  /** Where {@code bytes} stop being UTF-8, or -1 when they are UTF-8 throughout. */
  private int firstMalformedByte(byte[] bytes, int from) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CoderResult result = strictUtf8.reset().decode(in, CharBuffer.allocate(bytes.length), true);
    if (result.isError()) {
      return in.position();
    }
    return -1;
  }

  Evaluated evaluate(long lineNumber, String line) {
    JsonNode root;
    try {
      root = JsonTrees.parse(line);
    } catch (JsonProcessingException e) {
      return error(null, lineNumber, SyntaxErrorText.ofOneLine(e));
    }
    if (root == null || !root.isObject()) {
      return error(
          null,
          lineNumber,
          "expected an object of answers like {\"id\": 1, \"question-id\": value}");
    }
    JsonNode idNode = ((ObjectNode) root).remove(AnswersReader.PROFILE_ID); // the rest are answers
    Object id = idNode == null ? null : JsonTrees.plain(idNode);
    Answers answers;
    try {
      answers = reader.fromTree("line " + lineNumber, root);
    } catch (InvalidAnswerException e) {
      return error(id, lineNumber, e.getMessage());
    }
    session.clear();
    session.answerAll(answers);
    Inference inference = session.infer();
    Report report = reports.build(inference, answers);
    boolean redFlagsChecked = redFlagQuestions.stream().allMatch(q -> answers.get(q).isPresent());
    return new Evaluated(
        json(BatchRecord.of(id, report, inference, redFlagsChecked, explain)), report);
  }

  private static Evaluated error(Object id, long lineNumber, String message) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("id", id);
    record.put("line", lineNumber);
    record.put("error", message);
    return new Evaluated(json(record), null);
  }

  private static byte[] json(Object value) {
    return JsonText.compactUtf8(value);
  }

  @Override
  public void close() {
    session.close();
  }
}
