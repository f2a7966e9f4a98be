package org.reftally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reftally.ingest.ElectionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally samples}: the sample library, one line per sample. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "List the sample elections, each with a one-line description. Run one with"
                + " 'reftally tally samples/NAME'.")
final class SamplesCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The sample library (default: ./samples, else the one beside the reftally jar).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path library = dir != null ? dir : defaultLibrary();
        if (!Files.isDirectory(library)) {
            throw new FileProblemException(library + ": no sample library here; give --dir DIR");
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(library)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        int width = folders.stream().mapToInt(p -> p.getFileName().toString().length()).max().orElse(0);
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            out.println(name + " ".repeat(width - name.length() + 2) + describe(folder));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The election file's description, else the README's title. */
    private static String describe(Path folder) throws IOException {
        if (ElectionFile.isElectionFolder(folder)) {
            ElectionFile election = ElectionFile.read(folder);
            if (election.description().isPresent()) {
                return election.description().get();
            }
        }
        Path readme = folder.resolve("README.md");
        if (Files.isRegularFile(readme)) {
            try (Stream<String> lines = Files.lines(readme)) {
                return lines.filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse("");
            }
        }
        return "";
    }

    private static Path defaultLibrary() {
        Path here = Path.of("samples");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(SamplesCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().resolveSibling("samples");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return here;
        }
    }
}
