package org.rotationscheduler.generate;

import java.util.OptionalInt;

/**
 * The generator cannot make the register asked for: too few cadres for the planted roster, or
 * campaign data under which it cannot plant a roster that breaks no hard rule. The message says
 * what to change. S1: messages never name a private state.
 */
public final class GenerationException extends RuntimeException {
    private final OptionalInt minimumCadres;

    public GenerationException(String message) {
        super(message);
        this.minimumCadres = OptionalInt.empty();
    }

    private GenerationException(String message, int minimumCadres) {
        super(message);
        this.minimumCadres = OptionalInt.of(minimumCadres);
    }

    public static GenerationException tooFewCadres(String message, int minimumCadres) {
        return new GenerationException(message, minimumCadres);
    }

    /** When the request asked for too few cadres: the fewest this generator can plant the roster with. */
    public OptionalInt minimumCadres() {
        return minimumCadres;
    }
}
