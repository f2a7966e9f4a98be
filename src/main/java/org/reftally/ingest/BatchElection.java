package org.reftally.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One election of a batch: its name, the files to tally together and the tally options, as a
 * manifest row or an election folder gives them. Immutable and thread-safe.
 *
 * @param name      unique within the batch; names the election in every output
 * @param files     the ballot and returns files, tallied together
 * @param arguments tally options, one argument per element (e.g. {@code --rule}, {@code ch-people-and-cantons})
 * @param origin    where it was declared: {@code manifest.csv:4} or the folder
 * @param problem   why it cannot be run at all (e.g. a folder without CSV files); the batch reports it
 *                  as this election's error and runs the others
 */
public record BatchElection(String name, List<Path> files, List<String> arguments, String origin,
        Optional<String> problem) {

    public BatchElection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(problem, "problem");
        files = List.copyOf(files);
        arguments = List.copyOf(arguments);
    }
}
