package org.parley.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of an article's word 5-gram shingles, and its locality-sensitive hashing bands: two
 * articles that share a band are candidates for near-duplicates (republished wire copy), and the share of
 * equal MinHash values estimates the Jaccard similarity of their shingle sets.
 */
final class ArticleSignature {
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE_WORDS = 5;

  private final long[] minhash;

  private ArticleSignature(long[] minhash) {
    this.minhash = minhash;
  }

  /** The signature of a text, or of nothing when it has no words. */
  static ArticleSignature of(String text) {
    requireNonNull(text, "text is null");
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      if (!word.isEmpty()) {
        kept.add(word);
      }
    }
    long[] values = new long[HASHES];
    Arrays.fill(values, Long.MAX_VALUE);
    int width = Math.min(SHINGLE_WORDS, kept.size());
    for (int start = 0; width > 0 && start + width <= kept.size(); start++) {
      long shingle = hash(String.join(" ", kept.subList(start, start + width)));
      for (int function = 0; function < HASHES; function++) {
        long value = mix(shingle ^ (0x9E3779B97F4A7C15L * (function + 1))) & Long.MAX_VALUE;
        if (value < values[function]) {
          values[function] = value;
        }
      }
    }
    return new ArticleSignature(values);
  }

  static ArticleSignature of(long[] values) {
    if (values.length != HASHES) {
      throw new IllegalArgumentException("a signature has " + HASHES + " values, not " + values.length);
    }
    return new ArticleSignature(values.clone());
  }

  boolean empty() {
    return minhash[0] == Long.MAX_VALUE;
  }

  long[] values() {
    return minhash.clone();
  }

  /** The hash of each band, in band order. */
  long[] bands() {
    long[] bands = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long hash = band;
      for (int row = 0; row < ROWS; row++) {
        hash = mix(hash * 31 + minhash[band * ROWS + row]);
      }
      bands[band] = hash;
    }
    return bands;
  }

  /** The estimated Jaccard similarity of the two shingle sets: the share of equal MinHash values. */
  double similarity(ArticleSignature other) {
    if (empty() || other.empty()) {
      return 0;
    }
    int equal = 0;
    for (int index = 0; index < HASHES; index++) {
      if (minhash[index] == other.minhash[index]) {
        equal++;
      }
    }
    return equal / (double) HASHES;
  }

  /** 64-bit FNV-1a over the UTF-8 bytes, then mixed. */
  private static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte value : text.getBytes(UTF_8)) {
      hash ^= value & 0xff;
      hash *= 0x100000001b3L;
    }
    return mix(hash);
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix. */
  private static long mix(long value) {
    long mixed = value;
    mixed = (mixed ^ (mixed >>> 30)) * 0xbf58476d1ce4e5b9L;
    mixed = (mixed ^ (mixed >>> 27)) * 0x94d049bb133111ebL;
    return mixed ^ (mixed >>> 31);
  }
}
