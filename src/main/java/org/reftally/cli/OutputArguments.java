package org.reftally.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a recorded argument list so that every output goes into a scratch directory: how
 * {@code reftally verify} re-runs a command without overwriting what it checks. The output
 * options are those of every command that records an audit: {@code -o/--output},
 * {@code --rejects}, {@code --audit}, {@code --jsonl} and {@code --csv}, in each form picocli
 * accepts ({@code -o FILE}, {@code -oFILE}, {@code -o=FILE}, {@code --output FILE},
 * {@code --output=FILE}). Not thread-safe: one per verification.
 */
final class OutputArguments {

    private static final List<String> LONG = List.of("--output", "--rejects", "--audit", "--jsonl", "--csv");
    private static final String SHORT = "-o";

    private final Path dir;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, Path> redirected = new LinkedHashMap<>();

    OutputArguments(List<String> recorded, Path dir) {
        this.dir = dir;
        for (int i = 0; i < recorded.size(); i++) {
            String arg = recorded.get(i);
            if ((LONG.contains(arg) || arg.equals(SHORT)) && i + 1 < recorded.size()) {
                arguments.add(arg);
                arguments.add(redirect(recorded.get(++i)));
            } else if (arg.startsWith("--") && arg.indexOf('=') > 0 && LONG.contains(arg.substring(0, arg.indexOf('=')))) {
                int eq = arg.indexOf('=');
                arguments.add(arg.substring(0, eq + 1) + redirect(arg.substring(eq + 1)));
            } else if (arg.startsWith(SHORT) && arg.length() > 2 && !arg.startsWith("--")) {
                String value = arg.charAt(2) == '=' ? arg.substring(3) : arg.substring(2);
                arguments.add(SHORT + redirect(value));
            } else {
                arguments.add(arg);
            }
        }
    }

    /** The arguments with every output in the scratch directory. */
    List<String> arguments() {
        return List.copyOf(arguments);
    }

    /** Where the re-run writes the output recorded as {@code path}, or null when no argument names it. */
    Path redirected(String path) {
        return redirected.get(path);
    }

    private String redirect(String value) {
        Path original;
        try {
            original = Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            original = Path.of("output");
        }
        Path name = original.getFileName();
        Path target = dir.resolve(redirected.size() + "-" + (name == null ? "output" : name.toString()));
        redirected.put(value, target);
        redirected.putIfAbsent(original.toString(), target);
        return target.toString();
    }
}
