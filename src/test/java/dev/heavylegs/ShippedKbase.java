package dev.heavylegs;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.KnowledgeBaseLoader;
import java.nio.file.Path;

/** The knowledge base shipped in {@code kbase/}, loaded once for all tests that only read it. */
public final class ShippedKbase {

  public static final Path DIR = Path.of("kbase");

  private static KnowledgeBase loaded;

  private ShippedKbase() {}

  public static synchronized KnowledgeBase get() {
    if (loaded == null) {
      try {
        loaded = KnowledgeBaseLoader.load(DIR);
      } catch (KbaseException e) {
        throw new AssertionError("the shipped kbase does not load: " + e.problems(), e);
      }
    }
    return loaded;
  }
}
