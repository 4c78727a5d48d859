package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How {@code parley serve} listens and what it allows a request.
 *
 * @param host the address to listen on (loopback unless the user opens it wider)
 * @param port the port, or 0 for any free one
 * @param maxBodyBytes the largest request body; a larger one is answered 413 without being read
 * @param timeLimit how long a request may wait for a store connection and run its query
 * @param codeTimeLimit how long a {@code POST /api/code} may take, waiting for the pipeline included
 * @param connections store connections, i.e. queries that run at once
 * @param codingThreads articles coded at once
 * @param maxArticleChars the longest article {@code POST /api/code} reads
 */
public record ServeSettings(
    String host, int port, int maxBodyBytes, Duration timeLimit, Duration codeTimeLimit, int connections, int codingThreads,
    int maxArticleChars) {
  public ServeSettings {
    requireNonNull(host, "host is null");
    requireNonNull(timeLimit, "timeLimit is null");
    requireNonNull(codeTimeLimit, "codeTimeLimit is null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (timeLimit.toSeconds() < 1 || codeTimeLimit.toSeconds() < 1) {
      throw new IllegalArgumentException("time limits are whole seconds, at least one: " + timeLimit + ", " + codeTimeLimit);
    }
    if (connections < 1 || codingThreads < 1) {
      throw new IllegalArgumentException("at least one connection and one coding thread: " + connections + ", " + codingThreads);
    }
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive: " + maxArticleChars);
    }
  }

  /** Loopback, port 8080, 1 MiB bodies, 10 s per query, 120 s per coding, a connection per core and one coding thread. */
  public static ServeSettings defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServeSettings("127.0.0.1", 8080, 1 << 20, Duration.ofSeconds(10), Duration.ofSeconds(120), Math.max(2, cores), 1,
        1_000_000);
  }

  public ServeSettings withPort(int newPort) {
    return new ServeSettings(host, newPort, maxBodyBytes, timeLimit, codeTimeLimit, connections, codingThreads, maxArticleChars);
  }

  public ServeSettings withMaxBodyBytes(int newMaxBodyBytes) {
    return new ServeSettings(host, port, newMaxBodyBytes, timeLimit, codeTimeLimit, connections, codingThreads, maxArticleChars);
  }

  public ServeSettings withTimeLimits(Duration newTimeLimit, Duration newCodeTimeLimit) {
    return new ServeSettings(host, port, maxBodyBytes, newTimeLimit, newCodeTimeLimit, connections, codingThreads, maxArticleChars);
  }

  public ServeSettings withConnections(int newConnections) {
    return new ServeSettings(host, port, maxBodyBytes, timeLimit, codeTimeLimit, newConnections, codingThreads, maxArticleChars);
  }
}
