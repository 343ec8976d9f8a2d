package dev.heavylegs.kbase;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The wording of every conclusion the knowledge base can reach, from its {@code *.yaml} files. */
public final class Wording {

  private final Map<ConclusionRef, WordingEntry> entries;

  public Wording(Map<ConclusionRef, WordingEntry> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** The wording of {@code ref}, if the knowledge base has it. */
  public Optional<WordingEntry> find(ConclusionRef ref) {
    return Optional.ofNullable(entries.get(ref));
  }

  /** The title of {@code ref}, or its id when it has no wording. */
  public String titleOf(ConclusionRef ref) {
    return find(ref).map(WordingEntry::title).orElse(ref.id());
  }

  /** Every wording entry, in file order. */
  public Collection<WordingEntry> all() {
    return entries.values();
  }

  /**
   * The wording of {@code ref}; the loader guarantees it exists for every conclusion a rule makes.
   */
  public WordingEntry get(ConclusionRef ref) {
    return find(ref).orElseThrow(() -> new IllegalStateException("no wording for " + ref));
  }
}
