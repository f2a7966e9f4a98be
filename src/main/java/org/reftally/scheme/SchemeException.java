package org.reftally.scheme;

/**
 * A count that a scheme cannot decide from the input it was given: an unknown proposal or
 * required state, a quorum without an electorate, a rule missing a setting. The message is
 * written for the user and says what to supply; the CLI maps this exception to exit code 2.
 *
 * <p>It is never used for a decision the rules can make (a failed threshold or quorum is an
 * {@link Outcome}, not an exception). Immutable once thrown.
 */
public class SchemeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemeException(String message) {
        super(message);
    }
}
