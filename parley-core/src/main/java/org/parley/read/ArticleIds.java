package org.parley.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids for inputs that carry none: the same title and text always give the same id. */
public final class ArticleIds {
  private static final int ID_HEX_CHARS = 16;

  private ArticleIds() {}

  /** The first 16 lowercase hex characters of SHA-256 over {@code title + "\n" + text} in UTF-8. */
  public static String derive(String title, String text) {
    requireNonNull(title, "title is null");
    requireNonNull(text, "text is null");
    byte[] digest = sha256().digest((title + "\n" + text).getBytes(UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, ID_HEX_CHARS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
