package dev.heavylegs.kbase;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every rule of the knowledge base, found by package and name as the engine reports them. */
public final class RuleIndex {

  private final Map<String, RuleInfo> byQualifiedName;

  RuleIndex(Collection<RuleInfo> rules) {
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

  private static String key(String packageName, String name) {
    return packageName + "\u0000" + name;
  }
}
