package dev.heavylegs.relevance;

import dev.heavylegs.TestResources;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.load.KnowledgeBaseLoader;

/**
 * A knowledge base written for one test, in {@code src/test/resources/kbases/<name>/}: its
 * questions, wording and rules, with placeholder report texts.
 */
final class TinyKbase {

  private TinyKbase() {}

  static KnowledgeBase load(String name) {
    try {
      return KnowledgeBaseLoader.load(TestResources.path("kbases/" + name));
    } catch (KbaseException e) {
      throw new AssertionError(e.problems().toString(), e);
    }
  }
}
