package dev.heavylegs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code heavylegs <subcommand>}. */
@Command(
    name = "heavylegs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds out why your legs feel heavy when you run, and what to do about it.",
    subcommands = {
      ConsultCommand.class,
      ValidateCommand.class,
      TestCommand.class,
      RulesCommand.class,
      BatchCommand.class,
      CacheCommand.class,
      ServeCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:a report was printed (also when no cause was found), or you typed quit",
      "1:test: a scenario failed or a cause or referral has no scenario; batch: a fatal error; otherwise an internal error (a bug in heavylegs)",
      "2:bad input: a wrong option, an answers file that is missing or invalid, or a --save or --out file that cannot be written or may not be replaced",
      "3:the knowledge base has errors; nothing was run",
      "4:input ended before the consultation was complete; no report, unless a red flag was raised (then the report so far)",
      "130:interrupted with Ctrl-C"
    })
final class HeavylegsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
