package dev.heavylegs.interview;

import dev.heavylegs.interview.dialogue.Conversation;
import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KnowledgeBase;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * With {@code --watch}: checks the knowledge base on disk as soon as a file changes, on a thread of
 * its own, and says at once what came of it (the errors of a broken edit, that a broken edit is
 * fixed, that an edit is ready), while the runner may still be at the prompt. A good base waits
 * there until the interview takes it in, before its next question, so nothing changes under a
 * half-typed answer; an interview that gets there while a check is under way waits for it.
 */
final class BackgroundReload implements AutoCloseable {

  /** How often the watcher is asked for a change; a change is acted on once files stay quiet. */
  private static final long POLL_MILLIS = 150;

  private final Reloading reloading;
  private final Conversation conversation;
  private final Supplier<KnowledgeBase> inUse;
  private final Thread thread;

  // guarded by this
  private KnowledgeBase ready;
  private boolean checking;
  private boolean lastWasBroken;

  /**
   * @param inUse the knowledge base the interview uses now
   */
  BackgroundReload(Reloading reloading, Conversation conversation, Supplier<KnowledgeBase> inUse) {
    this.reloading = reloading;
    this.conversation = conversation;
    this.inUse = inUse;
    this.thread = new Thread(this::watch, "kbase-reload");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The knowledge base checked since the last call, if one is ready and differs from the one in
   * use; waits for a check under way.
   */
  synchronized Optional<KnowledgeBase> take() throws InterruptedException {
    if (!checking && reloading.changedOnDisk().getAsBoolean()) {
      checkNow(); // changed but not yet seen by the thread: check here, as the thread would
    }
    while (checking) {
      wait();
    }
    Optional<KnowledgeBase> taken = Optional.ofNullable(ready);
    ready = null;
    // a reload by command may have taken the same edit in already
    return taken.filter(kb -> !kb.contentHash().equals(inUse.get().contentHash()));
  }

  private void watch() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(POLL_MILLIS);
        synchronized (this) {
          if (checking || !reloading.changedOnDisk().getAsBoolean()) {
            continue;
          }
          checking = true;
        }
        // an editor saves in several writes: wait until the files stay quiet
        do {
          Thread.sleep(POLL_MILLIS);
        } while (reloading.changedOnDisk().getAsBoolean());
        check();
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /** Checks on the calling thread, which holds the lock. */
  private void checkNow() {
    checking = true;
    check();
  }

  private void check() {
    Optional<KnowledgeBase> fresh;
    String message;
    boolean broken;
    try {
      KnowledgeBase loaded = reloading.loader().load();
      broken = false;
      KnowledgeBase current = inUse.get();
      boolean same = loaded.contentHash().equals(current.contentHash());
      fresh = same ? Optional.empty() : Optional.of(loaded);
      message =
          same && !lastWasBroken
              ? null
              : (lastWasBroken
                      ? "The knowledge base on disk is fixed: no errors now."
                      : "The knowledge base changed on disk and has no errors.")
                  + (same ? "" : " Its rules are used from the next question on.")
                  + newWarnings(loaded, current);
    } catch (KbaseException e) {
      broken = true;
      fresh = Optional.empty();
      message =
          "The knowledge base on disk has errors; still using the one loaded before:\n"
              + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    } catch (RuntimeException e) {
      broken = true;
      fresh = Optional.empty();
      message = "The knowledge base on disk could not be read: " + e.getMessage();
    }
    synchronized (this) {
      ready = fresh.orElse(null); // what is on disk now, and nothing when that is broken or in use
      lastWasBroken = broken;
      checking = false;
      notifyAll();
    }
    if (message != null) {
      conversation.notice(message);
    }
  }

  /**
   * The warnings {@code fresh} has and {@code current} had not, as lines to show: an edit that left
   * a rule's name or wording stating the old threshold, say; empty when there are none.
   */
  static String newWarnings(KnowledgeBase fresh, KnowledgeBase current) {
    Set<String> before =
        current.warnings().stream().map(Object::toString).collect(Collectors.toSet());
    String added =
        fresh.warnings().stream()
            .map(Object::toString)
            .filter(w -> !before.contains(w))
            .map(w -> "\n  " + w)
            .collect(Collectors.joining());
    return added.isEmpty() ? "" : "\nThe edit leaves these warnings:" + added;
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
