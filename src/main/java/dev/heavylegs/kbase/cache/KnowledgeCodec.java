package dev.heavylegs.kbase.cache;

import dev.heavylegs.facts.Conclusion;
import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.ReportWording;
import dev.heavylegs.kbase.RuleCondition;
import dev.heavylegs.kbase.RuleIndex;
import dev.heavylegs.kbase.RuleInfo;
import dev.heavylegs.kbase.Wording;
import dev.heavylegs.kbase.WordingEntry;
import dev.heavylegs.questions.ConsistencyRule;
import dev.heavylegs.questions.Question;
import dev.heavylegs.questions.QuestionCatalogue;
import dev.heavylegs.questions.QuestionType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads what the loader worked out about a knowledge base besides the compiled rules
 * (questions, wording, rule metadata and condition trees, warnings), for the cache.
 *
 * <p>A plain hand-written format rather than Java serialization: reading it back costs a few
 * milliseconds in a fresh JVM, where deserializing the same records took about 0.2 s of a
 * consultation's start-up. It can only produce these types, so a foreign file cannot make it build
 * anything else. A new field in one of these types must be added here too; {@code
 * KnowledgeCodecTest} compares a whole knowledge base before and after.
 */
public final class KnowledgeCodec {

  /** Changes whenever the format does; an entry in another format is ignored and rebuilt. */
  private static final int FORMAT = 0x484c4b05; // "HLK" 5

  /** Everything a cache entry holds besides the kjar. */
  record Knowledge(
      String contentHash,
      String location,
      QuestionCatalogue questions,
      Wording wording,
      ReportWording reportWording,
      RuleIndex rules,
      List<KbaseProblem> warnings) {}

  private KnowledgeCodec() {}

  static void write(Knowledge knowledge, DataOutputStream out) throws IOException {
    Writer w = new Writer(out);
    out.writeInt(FORMAT);
    w.string(knowledge.contentHash());
    w.string(knowledge.location());
    w.list(knowledge.questions().all(), w::question);
    w.list(knowledge.questions().unknownAnswers(), w::string);
    w.list(knowledge.questions().consistency(), w::consistencyRule);
    w.list(knowledge.wording().all(), w::wordingEntry);
    ReportWording report = knowledge.reportWording();
    for (String text :
        List.of(
            report.disclaimer(),
            report.noCause(),
            report.noCauseWithRedFlag(),
            report.redFlagIntro(),
            report.redFlagsNotChecked(),
            report.adviceAfterRedFlag(),
            report.noCauseWithConditions())) {
      w.string(text);
    }
    w.stringMap(report.headings());
    w.stringMap(report.summary());
    w.stringMap(report.sentences());
    w.list(
        report.answerPhrases().entrySet(),
        e -> {
          w.string(e.getKey());
          w.stringMap(e.getValue());
        });
    w.stringMap(report.singularUnits());
    w.list(knowledge.rules().all(), w::rule);
    w.list(knowledge.warnings(), w::problem);
  }

  static Knowledge read(DataInputStream in) throws IOException {
    Reader r = new Reader(in);
    if (in.readInt() != FORMAT) {
      throw new IOException("not a knowledge-base cache entry of this version");
    }
    String contentHash = r.string();
    String location = r.string();
    QuestionCatalogue questions =
        new QuestionCatalogue(r.list(r::question), r.list(r::string), r.list(r::consistencyRule));
    Map<ConclusionRef, WordingEntry> entries = new LinkedHashMap<>();
    r.list(r::wordingEntry).forEach(e -> entries.put(e.ref(), e));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      texts.add(r.string());
    }
    Map<String, String> headings = r.stringMap();
    Map<String, String> summary = r.stringMap();
    Map<String, String> sentences = r.stringMap();
    Map<String, Object> answerPhrases = new LinkedHashMap<>();
    r.list(() -> Map.entry(r.string(), r.stringMap()))
        .forEach(e -> answerPhrases.put(e.getKey(), e.getValue()));
    ReportWording report =
        new ReportWording(
            texts.get(0),
            texts.get(1),
            texts.get(2),
            texts.get(3),
            texts.get(4),
            texts.get(5),
            texts.get(6),
            headings,
            summary,
            sentences,
            answerPhrases,
            r.stringMap());
    RuleIndex rules = new RuleIndex(r.list(r::rule));
    List<KbaseProblem> warnings = r.list(r::problem);
    return new Knowledge(
        contentHash, location, questions, new Wording(entries), report, rules, warnings);
  }

  /** Something that writes one value. */
  private interface Write<T> {
    void write(T value) throws IOException;
  }

  /** Something that reads one value. */
  private interface Read<T> {
    T read() throws IOException;
  }

  private static final class Writer {
    private final DataOutputStream out;

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void string(String s) throws IOException {
      out.writeBoolean(s != null);
      if (s != null) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
    }

    <T> void list(Collection<T> values, Write<T> each) throws IOException {
      out.writeInt(values.size());
      for (T value : values) {
        each.write(value);
      }
    }

    void stringMap(Map<String, String> map) throws IOException {
      list(
          map.entrySet(),
          e -> {
            string(e.getKey());
            string(e.getValue());
          });
    }

    void nullableDouble(Double d) throws IOException {
      out.writeBoolean(d != null);
      if (d != null) {
        out.writeDouble(d);
      }
    }

    void ref(ConclusionRef ref) throws IOException {
      out.writeByte(ref.kind().ordinal());
      string(ref.id());
    }

    void question(Question q) throws IOException {
      string(q.id());
      string(q.prompt());
      out.writeByte(q.type().ordinal());
      string(q.unit());
      nullableDouble(q.min());
      nullableDouble(q.max());
      stringMap(q.choices());
      string(q.help());
      list(
          q.synonyms().entrySet(),
          e -> {
            string(e.getKey());
            list(e.getValue(), this::string);
          });
    }

    void consistencyRule(ConsistencyRule rule) throws IOException {
      out.writeByte(rule.combination().ordinal());
      list(
          rule.terms().entrySet(),
          e -> {
            string(e.getKey());
            out.writeDouble(e.getValue());
          });
      out.writeDouble(rule.atMost());
      string(rule.message());
    }

    void wordingEntry(WordingEntry e) throws IOException {
      ref(e.ref());
      string(e.title());
      string(e.explanation());
      string(e.advice());
      string(e.reason());
      string(e.source());
      string(e.file());
      out.writeInt(e.line());
    }

    void rule(RuleInfo rule) throws IOException {
      string(rule.packageName());
      string(rule.name());
      string(rule.file());
      string(rule.table());
      out.writeInt(rule.line());
      stringMap(rule.metadata());
      list(
          rule.answerTests(),
          t -> {
            string(t.question());
            string(t.expression());
            out.writeInt(t.line());
            out.writeInt(t.column());
          });
      list(rule.conclusionsRead(), this::ref);
      condition(rule.conditions());
      list(rule.conclusionsMade(), this::ref);
      string(rule.consequence());
      out.writeBoolean(rule.referralUrgency() != null);
      if (rule.referralUrgency() != null) {
        out.writeByte(rule.referralUrgency().ordinal());
      }
    }

    void condition(RuleCondition condition) throws IOException {
      if (condition instanceof RuleCondition.AnswerPattern p) {
        out.writeByte(0);
        string(p.question());
        list(p.constraints(), this::string);
      } else if (condition instanceof RuleCondition.ConclusionPattern p) {
        out.writeByte(1);
        ref(p.conclusion());
      } else if (condition instanceof RuleCondition.Not n) {
        out.writeByte(2);
        condition(n.condition());
      } else if (condition instanceof RuleCondition.All a) {
        out.writeByte(3);
        list(a.conditions(), this::condition);
      } else if (condition instanceof RuleCondition.Any a) {
        out.writeByte(4);
        list(a.conditions(), this::condition);
      } else if (condition instanceof RuleCondition.Opaque o) {
        out.writeByte(5);
        list(o.questions(), this::string);
        list(o.conclusions(), this::ref);
      } else {
        throw new IllegalArgumentException("no cache format for " + condition);
      }
    }

    void problem(KbaseProblem p) throws IOException {
      string(p.path());
      out.writeInt(p.line());
      out.writeInt(p.column());
      out.writeByte(p.severity().ordinal());
      string(p.message());
    }
  }

  private static final class Reader {
    private final DataInputStream in;

    Reader(DataInputStream in) {
      this.in = in;
    }

    String string() throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      int length = in.readInt();
      if (length < 0 || length > in.available()) {
        throw new IOException("damaged entry: a string of " + length + " bytes");
      }
      return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    <T> List<T> list(Read<T> each) throws IOException {
      int size = count();
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(each.read());
      }
      return values;
    }

    <T> Set<T> set(Read<T> each) throws IOException {
      return new LinkedHashSet<>(list(each));
    }

    Map<String, String> stringMap() throws IOException {
      int size = count();
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(string(), string());
      }
      return map;
    }

    private int count() throws IOException {
      int size = in.readInt();
      if (size < 0 || size > in.available()) {
        throw new IOException("damaged entry: a list of " + size + " items");
      }
      return size;
    }

    Double nullableDouble() throws IOException {
      return in.readBoolean() ? in.readDouble() : null;
    }

    <E extends Enum<E>> E constant(E[] values) throws IOException {
      int ordinal = in.readByte();
      if (ordinal < 0 || ordinal >= values.length) {
        throw new IOException("damaged entry: no constant " + ordinal);
      }
      return values[ordinal];
    }

    ConclusionRef ref() throws IOException {
      return new ConclusionRef(constant(Conclusion.Kind.values()), string());
    }

    Question question() throws IOException {
      return new Question(
          string(),
          string(),
          constant(QuestionType.values()),
          string(),
          nullableDouble(),
          nullableDouble(),
          stringMap(),
          string(),
          synonyms());
    }

    private Map<String, List<String>> synonyms() throws IOException {
      Map<String, List<String>> synonyms = new LinkedHashMap<>();
      int size = count();
      for (int i = 0; i < size; i++) {
        synonyms.put(string(), list(this::string));
      }
      return synonyms;
    }

    ConsistencyRule consistencyRule() throws IOException {
      ConsistencyRule.Combination combination = constant(ConsistencyRule.Combination.values());
      Map<String, Double> terms = new LinkedHashMap<>();
      int size = count();
      for (int i = 0; i < size; i++) {
        terms.put(string(), in.readDouble());
      }
      return new ConsistencyRule(combination, terms, in.readDouble(), string());
    }

    WordingEntry wordingEntry() throws IOException {
      return new WordingEntry(
          ref(), string(), string(), string(), string(), string(), string(), in.readInt());
    }

    RuleInfo rule() throws IOException {
      String packageName = string();
      String name = string();
      String file = string();
      String table = string();
      int line = in.readInt();
      Map<String, String> metadata = stringMap();
      List<RuleInfo.AnswerTest> answerTests =
          list(() -> new RuleInfo.AnswerTest(string(), string(), in.readInt(), in.readInt()));
      Set<ConclusionRef> conclusionsRead = set(this::ref);
      RuleCondition conditions = condition();
      List<ConclusionRef> conclusionsMade = list(this::ref);
      String consequence = string();
      Urgency urgency = in.readBoolean() ? constant(Urgency.values()) : null;
      return new RuleInfo(
          packageName,
          name,
          file,
          table,
          line,
          metadata,
          answerTests,
          conclusionsRead,
          conditions,
          conclusionsMade,
          consequence,
          urgency);
    }

    RuleCondition condition() throws IOException {
      int tag = in.readByte();
      return switch (tag) {
        case 0 -> new RuleCondition.AnswerPattern(string(), list(this::string));
        case 1 -> new RuleCondition.ConclusionPattern(ref());
        case 2 -> new RuleCondition.Not(condition());
        case 3 -> new RuleCondition.All(list(this::condition));
        case 4 -> new RuleCondition.Any(list(this::condition));
        case 5 -> new RuleCondition.Opaque(set(this::string), set(this::ref));
        default -> throw new IOException("damaged entry: no condition kind " + tag);
      };
    }

    KbaseProblem problem() throws IOException {
      return new KbaseProblem(
          string(), in.readInt(), in.readInt(), constant(KbaseProblem.Severity.values()), string());
    }
  }
}
