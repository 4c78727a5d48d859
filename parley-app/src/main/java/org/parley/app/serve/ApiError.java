package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

/**
 * A request the server answers with an HTTP error status and {@code {"error": message}}: bad parameters (400),
 * unknown ids or paths (404), a body too large (413), or a server too busy or too slow for it (503, 504).
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiError(int status, String message) {
    super(requireNonNull(message, "message is null"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  int status() {
    return status;
  }
}
