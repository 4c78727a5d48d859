package org.parley.app;

import org.parley.model.ParleyInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Bad input becomes one line on stderr and exit code 2; anything else is a bug and exits 1 with its trace. */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    Throwable cause = exception;
    while (cause != null && !(cause instanceof ParleyInputException)) {
      cause = cause.getCause();
    }
    if (cause != null) {
      System.err.println("parley: " + cause.getMessage());
      return 2;
    }
    System.err.println("parley: internal error: " + exception);
    exception.printStackTrace(System.err);
    return 1;
  }
}
