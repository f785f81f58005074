package org.readout.cli.corrections;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code readout corrections log|export}. */
@Command(
    name = "corrections",
    mixinStandardHelpOptions = true,
    description =
        "Reader corrections: the audit trail (log), gold data for eval (export), the dictionary"
            + " overlay of accepted rules (overlay).",
    subcommands = {LogCommand.class, GoldExportCommand.class, OverlayCommand.class})
public final class CorrectionsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: log, export or overlay");
  }
}
