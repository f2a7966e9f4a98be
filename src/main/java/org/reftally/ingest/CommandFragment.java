package org.reftally.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command-line fragment from a batch manifest ({@code --rule ch-people-and-cantons
 * --title "Vote of 29 November"}) into arguments the way a POSIX shell does for plain words:
 * whitespace separates; single quotes keep everything literally; double quotes keep everything
 * but {@code \"} and {@code \\}; a backslash outside quotes escapes the next character. Nothing
 * is expanded ({@code $}, {@code *} and {@code ~} stay as written). Stateless and thread-safe.
 */
final class CommandFragment {

    private CommandFragment() {
    }

    /**
     * The arguments of {@code text}.
     *
     * @throws IllegalArgumentException for an unterminated quote or a trailing backslash
     */
    static List<String> split(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"'
                        || text.charAt(i + 1) == '\\')) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    args.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\') {
                    if (i + 1 == text.length()) {
                        throw new IllegalArgumentException("the options end with a lone backslash");
                    }
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("the options have an unterminated " + (quote == '"' ? "double" : "single")
                    + " quote");
        }
        if (inWord) {
            args.add(current.toString());
        }
        return args;
    }
}
