package org.reftally.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Seeded, streaming generator of a ballots file for the benchmark: {@code ballot_id,state,county,choice}
 * (or without ballot_id), 51 US states with about 10 counties each, about 3% quoted fields, a few
 * overvotes ({@code YES|NO}) and blanks. Same seed, same bytes. Usage: Generate ROWS FILE [noid].
 */
public final class Generate {

    private static final String[] STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
        "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
        "WV", "WI", "WY"};

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        boolean ids = args.length < 3 || !args[2].equals("noid");
        SplittableRandom random = new SplittableRandom(20240611L);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20)) {
            StringBuilder b = new StringBuilder(1 << 16);
            b.append(ids ? "ballot_id,state,county,choice\n" : "state,county,choice\n");
            for (long i = 0; i < rows; i++) {
                int s = random.nextInt(STATES.length);
                int county = random.nextInt(10);
                boolean quoted = random.nextInt(100) < 3;
                if (ids) {
                    b.append("B").append(i * 7919 % 1_000_000_007L).append(',');
                }
                b.append(STATES[s]).append(',');
                if (quoted) {
                    b.append("\"County ").append(county).append(", ").append(STATES[s]).append("\",");
                } else {
                    b.append("County ").append(county).append(',');
                }
                int r = random.nextInt(1000);
                b.append(r < 5 ? "YES|NO" : r < 15 ? "" : r < 520 ? "YES" : "NO").append('\n');
                if (b.length() > 60_000) {
                    out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
                    b.setLength(0);
                }
            }
            out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }
}
