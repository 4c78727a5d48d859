package org.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line: the one place where every part of Parley is wired together. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns news into coded political events: who did what to whom, when and where.",
    subcommands = {CodeCommand.class, AnnotateCommand.class, ActorsCommand.class, CodebookCommand.class, EvalCommand.class, IngestCommand.class, QueryCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 success, 2 bad usage or input, 1 internal failure. */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new Failures());
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      System.err.println("parley: " + exception.getMessage());
      return 2;
    });
    return commandLine.execute(args);
  }
}
