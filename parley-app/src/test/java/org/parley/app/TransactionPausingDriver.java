package org.parley.app;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * DuckDB's JDBC driver with two test-only twists for {@link IngestCrashChild}: it can stop the store's writer inside
 * an open transaction (after the n-th statement of the k-th transaction, or just before its commit), say so on stderr
 * and wait there to be killed; and it can set DuckDB's checkpoint threshold so low that checkpoints happen while
 * articles are written, so kills land in them too. Everything else goes to DuckDB's driver unchanged.
 */
final class TransactionPausingDriver implements Driver {
  static final String PAUSED = "parley-test: paused in an open transaction";

  /**
   * Where to stop: in the {@code transaction}-th transaction of the process (from 1), after its {@code statement}-th
   * statement, or before its commit when {@code statement} is 0.
   */
  record Pause(int transaction, int statement) {
    Pause {
      if (transaction < 1 || statement < 0) {
        throw new IllegalArgumentException("no such pause: transaction " + transaction + ", statement " + statement);
      }
    }

    /** Parses {@code TRANSACTION:STATEMENT}. */
    static Pause parse(String text) {
      String[] parts = text.split(":", -1);
      return new Pause(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    @Override
    public String toString() {
      return transaction + ":" + statement;
    }
  }

  private final Driver duckdb;
  private final Optional<Pause> pause;
  private final Optional<String> checkpointThreshold;
  private final PrintStream err;
  private int transactions;
  private int statements;
  private boolean inTransaction;

  TransactionPausingDriver(Driver duckdb, Optional<Pause> pause, Optional<String> checkpointThreshold, PrintStream err) {
    this.duckdb = requireNonNull(duckdb, "duckdb is null");
    this.pause = requireNonNull(pause, "pause is null");
    this.checkpointThreshold = requireNonNull(checkpointThreshold, "checkpointThreshold is null");
    this.err = requireNonNull(err, "err is null");
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    Connection connection = duckdb.connect(url, info);
    if (connection == null) {
      return null;
    }
    if (checkpointThreshold.isPresent() && !"true".equals(info.getProperty("duckdb.read_only"))) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET checkpoint_threshold = '" + checkpointThreshold.get() + "'");
      }
    }
    return proxy(Connection.class, connection, this::onConnection);
  }

  private Object onConnection(Connection connection, Method method, Object[] arguments) throws Throwable {
    switch (method.getName()) {
      case "setAutoCommit" -> {
        boolean starting = !((Boolean) arguments[0]);
        if (starting && !inTransaction) {
          transactions++;
          statements = 0;
        }
        Object result = invoke(connection, method, arguments);
        inTransaction = starting;
        return result;
      }
      case "commit" -> {
        if (inTransaction && pausesHere(0)) {
          waitToBeKilled("before commit of transaction " + transactions);
        }
        return invoke(connection, method, arguments);
      }
      case "createStatement" -> {
        return proxy(Statement.class, (Statement) invoke(connection, method, arguments), this::onStatement);
      }
      case "prepareStatement" -> {
        return proxy(PreparedStatement.class, (PreparedStatement) invoke(connection, method, arguments), this::onStatement);
      }
      default -> {
        return invoke(connection, method, arguments);
      }
    }
  }

  private Object onStatement(Statement statement, Method method, Object[] arguments) throws Throwable {
    Object result = invoke(statement, method, arguments);
    if (method.getName().startsWith("execute") && inTransaction) {
      statements++;
      if (pausesHere(statements)) {
        waitToBeKilled("of transaction " + transactions + " after statement " + statements);
      }
    }
    return result;
  }

  private boolean pausesHere(int statement) {
    return pause.isPresent() && pause.get().transaction() == transactions && pause.get().statement() == statement;
  }

  private void waitToBeKilled(String where) {
    err.println(PAUSED + " (" + where + ")");
    err.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // Only SIGKILL ends this wait.
      }
    }
  }

  private interface Handler<T> {
    Object handle(T target, Method method, Object[] arguments) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation = (unused, method, arguments) -> handler.handle(target, method, arguments);
    return type.cast(Proxy.newProxyInstance(TransactionPausingDriver.class.getClassLoader(), new Class<?>[] {type}, invocation));
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public boolean acceptsURL(String url) throws SQLException {
    return duckdb.acceptsURL(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    return duckdb.getPropertyInfo(url, info);
  }

  @Override
  public int getMajorVersion() {
    return duckdb.getMajorVersion();
  }

  @Override
  public int getMinorVersion() {
    return duckdb.getMinorVersion();
  }

  @Override
  public boolean jdbcCompliant() {
    return duckdb.jdbcCompliant();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return duckdb.getParentLogger();
  }
}
