package org.parley.store;

/** A query stopped by its time limit: the question was too costly for this store, not a bug. */
public final class QueryTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message) {
    super(message);
  }
}
