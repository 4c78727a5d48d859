package org.parley.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
record CommandRun(int exitCode, String out, String err) {
  static synchronized CommandRun of(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      System.out.flush();
      return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  List<String> outLines() {
    return out.lines().filter(line -> !line.isBlank()).toList();
  }

  /** Error lines from Parley itself, without the libraries' log lines. */
  List<String> parleyErrors() {
    return err.lines().filter(line -> line.startsWith("parley:")).toList();
  }
}
