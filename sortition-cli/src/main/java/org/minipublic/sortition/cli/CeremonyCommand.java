package org.minipublic.sortition.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "ceremony",
        mixinStandardHelpOptions = true,
        description = "A draw anyone can check without personal data: 'commit' publishes the rounded lottery under"
                + " pseudonyms and its SHA-256 before the draw; 'reveal' takes the panel number from public digits"
                + " (dice, a lottery result) without bias; 'verify' checks both from the published files alone.",
        subcommands = {
            CeremonyCommitCommand.class,
            CeremonyRevealCommand.class,
            CeremonyVerifyCommand.class,
            CommandLine.HelpCommand.class
        })
final class CeremonyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
