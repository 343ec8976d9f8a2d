package dev.heavylegs.kbase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every rule of the knowledge base, found by package and name as the engine reports them. */
public final class RuleIndex {

  private final Map<String, RuleInfo> byQualifiedName;
  // Read off the rules on first use, per question: an interview asks for every answered question
  // in every revision, and the answers never change what the rules say.
  private final Map<String, List<RuleInfo>> readers = new ConcurrentHashMap<>();
  private final Map<String, Set<ConclusionRef>> downstream = new ConcurrentHashMap<>();
  // Worked out once: the open-question analysis walks these in every step of an interview.
  private final List<RuleInfo> inOrder;
  private final Map<RuleInfo, Integer> positions;
  private final Map<ConclusionRef, List<RuleInfo>> makers;
  private final Map<ConclusionRef, List<RuleInfo>> conclusionReaders;

  public RuleIndex(Collection<RuleInfo> rules) {
    Map<String, RuleInfo> map = new LinkedHashMap<>();
    rules.forEach(r -> map.put(key(r.packageName(), r.name()), r));
    this.byQualifiedName = Collections.unmodifiableMap(map);
    this.inOrder = List.copyOf(map.values());
    Map<RuleInfo, Integer> positions = new HashMap<>();
    Map<ConclusionRef, List<RuleInfo>> makers = new LinkedHashMap<>();
    Map<ConclusionRef, List<RuleInfo>> readers = new HashMap<>();
    for (RuleInfo rule : inOrder) {
      positions.put(rule, positions.size());
      for (ConclusionRef made : rule.conclusionsMade()) {
        List<RuleInfo> making = makers.computeIfAbsent(made, k -> new ArrayList<>());
        if (!making.contains(rule)) {
          making.add(rule);
        }
      }
      rule.conclusionsRead()
          .forEach(c -> readers.computeIfAbsent(c, k -> new ArrayList<>()).add(rule));
    }
    makers.replaceAll((conclusion, making) -> List.copyOf(making));
    readers.replaceAll((conclusion, reading) -> List.copyOf(reading));
    this.positions = Collections.unmodifiableMap(positions);
    this.makers = Collections.unmodifiableMap(makers);
    this.conclusionReaders = Collections.unmodifiableMap(readers);
  }

  /** The rule named {@code name} in DRL package {@code packageName}. */
  public Optional<RuleInfo> find(String packageName, String name) {
    return Optional.ofNullable(byQualifiedName.get(key(packageName, name)));
  }

  /** All rules, in file order. */
  public Collection<RuleInfo> all() {
    return byQualifiedName.values();
  }

  /** All rules, in file order, as a list: {@code list().get(positionOf(rule)) == rule}. */
  public List<RuleInfo> list() {
    return inOrder;
  }

  /** Where {@code rule} is in {@link #list()}, or -1 when it is not a rule of this index. */
  public int positionOf(RuleInfo rule) {
    Integer position = positions.get(rule);
    return position == null ? -1 : position;
  }

  /**
   * Every conclusion some rule makes, with the rules that make it (each once, in file order); in
   * the order the conclusions are first made.
   */
  public Map<ConclusionRef, List<RuleInfo>> makers() {
    return makers;
  }

  /** The rules that make {@code conclusion}, in file order. */
  public List<RuleInfo> makersOf(ConclusionRef conclusion) {
    return makers.getOrDefault(conclusion, List.of());
  }

  /** The rules whose conditions mention {@code conclusion}, in file order. */
  public List<RuleInfo> readersOf(ConclusionRef conclusion) {
    return conclusionReaders.getOrDefault(conclusion, List.of());
  }

  /** The rules that test the answer to {@code questionId}, in file order. */
  public List<RuleInfo> reading(String questionId) {
    return readers.computeIfAbsent(
        questionId, q -> all().stream().filter(r -> r.reads(q)).toList());
  }

  /**
   * The conclusions whose truth can depend on the answer to {@code questionId}: made by a rule that
   * reads it, or by a rule that reads such a conclusion, and so on down the stages.
   */
  public Set<ConclusionRef> downstreamOf(String questionId) {
    return downstream.computeIfAbsent(
        questionId,
        q -> {
          Set<ConclusionRef> found = new HashSet<>();
          boolean grew = true;
          while (grew) {
            grew = false;
            for (RuleInfo rule : all()) {
              if (rule.reads(q) || rule.conclusionsRead().stream().anyMatch(found::contains)) {
                grew |= found.addAll(rule.conclusionsMade());
              }
            }
          }
          return Collections.unmodifiableSet(found);
        });
  }

  private static String key(String packageName, String name) {
    return packageName + "\u0000" + name;
  }
}
