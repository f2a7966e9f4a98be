package org.reftally.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that can record an audit manifest (tally, merge, batch). */
final class AuditOptions {

    @Option(names = "--audit", paramLabel = "FILE",
            description = "Write an audit manifest to FILE: version, arguments, settings, every input's size,"
                    + " SHA-256 and rows, every output's SHA-256. Check it later with 'reftally verify FILE'.")
    Path audit;

    @Option(names = "--stamp",
            description = "Add the time and host name to the audit manifest (off by default: the manifest is"
                    + " then byte-identical for the same run).")
    boolean stamp;
}
