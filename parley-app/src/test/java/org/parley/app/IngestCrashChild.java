package org.parley.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

/**
 * The process {@link IngestCrashTest} kills: {@code parley} itself ({@link Main}), with DuckDB's driver replaced by
 * {@link TransactionPausingDriver}. Arguments: {@code [--pause TRANSACTION:STATEMENT] [--checkpoint-threshold SIZE]}
 * and then the command line.
 */
final class IngestCrashChild {
  private IngestCrashChild() {}

  public static void main(String[] args) throws SQLException {
    Optional<TransactionPausingDriver.Pause> pause = Optional.empty();
    Optional<String> checkpointThreshold = Optional.empty();
    int next = 0;
    while (next < args.length && args[next].startsWith("--")) {
      switch (args[next]) {
        case "--pause" -> pause = Optional.of(TransactionPausingDriver.Pause.parse(args[next + 1]));
        case "--checkpoint-threshold" -> checkpointThreshold = Optional.of(args[next + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[next]);
      }
      next += 2;
    }
    Driver duckdb = null;
    for (Driver driver : Collections.list(DriverManager.getDrivers())) {
      if (driver.getClass().getName().startsWith("org.duckdb.")) {
        duckdb = driver;
        DriverManager.deregisterDriver(driver);
      }
    }
    if (duckdb == null) {
      throw new IllegalStateException("DuckDB's JDBC driver is not on the classpath");
    }
    DriverManager.registerDriver(new TransactionPausingDriver(duckdb, pause, checkpointThreshold,
        new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    Main.main(Arrays.copyOfRange(args, next, args.length));
  }
}
