package dev.heavylegs.kbase;

import java.util.Collection;
import java.util.Collections;
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

  public RuleIndex(Collection<RuleInfo> rules) {
    Map<String, RuleInfo> map = new LinkedHashMap<>();
    rules.forEach(r -> map.put(key(r.packageName(), r.name()), r));
    this.byQualifiedName = Collections.unmodifiableMap(map);
  }

  /** The rule named {@code name} in DRL package {@code packageName}. */
  public Optional<RuleInfo> find(String packageName, String name) {
    return Optional.ofNullable(byQualifiedName.get(key(packageName, name)));
  }

  /** All rules, in file order. */
  public Collection<RuleInfo> all() {
    return byQualifiedName.values();
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
