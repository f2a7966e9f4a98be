package org.reftally.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a run that names the same data twice: its rows would be counted twice. Checked before
 * anything is read.
 *
 * <p>The same file is found by identity (the inode, through any path, symbolic or hard link),
 * falling back to the real path where the file system has no file key. A copy under another name
 * is found by content: files of equal size are hashed (SHA-256) up front, and equal hashes refuse
 * the run. That is an error and not a warning because a warning cannot undo a count: ballot IDs
 * and returns units already reject the copy's rows one by one, but a ballots file without IDs
 * would be counted twice without a word. Two honest files with identical bytes hold the same rows
 * in the same jurisdictions, which no real election produces; the hashing costs one extra read of
 * only those files whose sizes coincide.
 *
 * <p>Files that cannot be inspected (missing, unreadable, not regular) are left to the reader,
 * which reports them. Stateless and thread-safe.
 */
final class DistinctInputs {

    private DistinctInputs() {
    }

    /** Throws {@link InputSelectionException} when two of {@code files} are the same file or hold the same bytes. */
    static void require(List<Path> files) {
        Map<Object, Path> byIdentity = new HashMap<>();
        Map<Long, List<Path>> bySize = new LinkedHashMap<>();
        for (Path path : files) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException | UnsupportedOperationException e) {
                continue;
            }
            if (!a.isRegularFile()) {
                continue;
            }
            Path earlier = byIdentity.putIfAbsent(identity(path, a), path);
            if (earlier != null) {
                throw new InputSelectionException(path + " is the same file as " + earlier + "; give each input"
                        + " once (its rows would be counted twice)");
            }
            if (a.size() > 0) {
                bySize.computeIfAbsent(a.size(), k -> new ArrayList<>()).add(path);
            }
        }
        for (List<Path> sameSize : bySize.values()) {
            if (sameSize.size() > 1) {
                requireDifferentBytes(sameSize);
            }
        }
    }

    private static void requireDifferentBytes(List<Path> sameSize) {
        Map<String, Path> byHash = new HashMap<>();
        for (Path path : sameSize) {
            String sha256;
            try {
                sha256 = InputHash.of(path).sha256();
            } catch (IOException e) {
                continue; // the read reports it
            }
            Path earlier = byHash.putIfAbsent(sha256, path);
            if (earlier != null) {
                throw new InputSelectionException(path + " holds the same bytes as " + earlier + " (SHA-256 "
                        + sha256.substring(0, 12) + "...); its rows would be counted twice: give each input once");
            }
        }
    }

    private static Object identity(Path path, BasicFileAttributes a) {
        if (a.fileKey() != null) {
            return a.fileKey();
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
