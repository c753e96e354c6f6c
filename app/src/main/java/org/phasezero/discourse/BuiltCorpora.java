package org.phasezero.discourse;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Posts corpora already built for the analysis library, so that a keyword-in-context or frequency
 * request on millions of words answers from memory instead of reading and tokenising every post.
 *
 * <p>An entry is keyed by the corpus, the sub-corpus definition and the version of the corpus's
 * posts (the state of its imports, which changes in the same transaction as the posts), so a
 * new batch of posts makes the next request build afresh; an older version of the same corpus is
 * dropped then. Two requests for the same missing entry build it once: the second waits. The
 * least recently used entries go when the kept corpora hold more than {@code maxTokens} tokens.
 */
final class BuiltCorpora {

  /** What an entry is: a corpus, a sub-corpus (null for all) and the posts' version. */
  record Key(long corpusId, SubCorpus sub, String version) {

    boolean sameCorpus(Key other) {
      return corpusId == other.corpusId && java.util.Objects.equals(sub, other.sub);
    }
  }

  private final long maxTokens;
  private final LinkedHashMap<Key, Analyses.Built> kept = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<Key, CompletableFuture<Analyses.Built>> building = new HashMap<>();
  private long tokens;

  BuiltCorpora(long maxTokens) {
    this.maxTokens = maxTokens;
  }

  Analyses.Built get(Key key, Supplier<Analyses.Built> build) {
    CompletableFuture<Analyses.Built> mine = null;
    CompletableFuture<Analyses.Built> theirs;
    synchronized (this) {
      Analyses.Built built = kept.get(key);
      if (built != null) {
        return built;
      }
      theirs = building.get(key);
      if (theirs == null) {
        mine = new CompletableFuture<>();
        building.put(key, mine);
      }
    }
    if (theirs != null) {
      try {
        return theirs.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      Analyses.Built built = build.get();
      keep(key, built);
      mine.complete(built);
      return built;
    } catch (RuntimeException | Error e) {
      // An Error too (a corpus too large for the heap): whoever waits for this build must not wait forever.
      mine.completeExceptionally(e);
      throw e;
    } finally {
      synchronized (this) {
        building.remove(key);
      }
    }
  }

  private synchronized void keep(Key key, Analyses.Built built) {
    for (Iterator<Map.Entry<Key, Analyses.Built>> it = kept.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Key, Analyses.Built> e = it.next();
      if (e.getKey().sameCorpus(key)) {
        tokens -= e.getValue().tokens().tokenCount();
        it.remove();
      }
    }
    long size = built.tokens().tokenCount();
    if (size > maxTokens) {
      return;
    }
    kept.put(key, built);
    tokens += size;
    for (Iterator<Map.Entry<Key, Analyses.Built>> it = kept.entrySet().iterator();
        tokens > maxTokens && it.hasNext(); ) {
      tokens -= it.next().getValue().tokens().tokenCount();
      it.remove();
    }
  }

  /** How many corpora are kept (for tests). */
  synchronized int size() {
    return kept.size();
  }
}
