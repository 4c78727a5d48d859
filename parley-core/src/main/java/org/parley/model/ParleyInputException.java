package org.parley.model;

/** Bad input: names the file (and line, where there is one) and the problem in one line. */
public final class ParleyInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  public ParleyInputException(String file, int line, String reason) {
    super(format(file, line, reason));
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public ParleyInputException(String file, String reason) {
    this(file, 0, reason);
  }

  private static String format(String file, int line, String reason) {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
