package org.readout.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code readout eval ...}: scores Readout against annotated corpora. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score accuracy against annotated corpora.",
    subcommands = {
      org.readout.cli.eval.QuoteEvalCommand.class,
      org.readout.cli.eval.TimeEvalCommand.class,
      org.readout.cli.eval.EventEvalCommand.class,
      org.readout.cli.eval.StoryEvalCommand.class
    })
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing evaluation: quotes, time, events or stories");
  }
}
