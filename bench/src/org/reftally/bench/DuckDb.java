package org.reftally.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** DuckDB's count of the same file: {@code SELECT state, choice, count(*) ... GROUP BY ALL}. Usage: DuckDb FILE [threads]. */
public final class DuckDb {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads TO " + threads);
            long groups = 0;
            long total = 0;
            try (ResultSet r = s.executeQuery("SELECT state, choice, count(*) FROM read_csv('"
                    + args[0].replace("'", "''") + "') GROUP BY ALL")) {
                while (r.next()) {
                    groups++;
                    total += r.getLong(3);
                }
            }
            System.out.println(groups + " groups, " + total + " rows");
        }
    }
}
