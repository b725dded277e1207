package org.rotationscheduler.cli;

/** Every exit code of the tool, in one place (the README's table lists the same). */
public final class ExitCodes {
    /** Done; for schedule and check: a plan with no broken hard rule and no empty seat. */
    public static final int OK = 0;
    /**
     * check: the plan breaks hard rules or has empty seats. bench: the solver's plan of a
     * planted-feasible instance does, or the bound misses the shortage of the short instance.
     */
    public static final int RULES_BROKEN = 1;
    /** Bad input: options, campaign YAML, register, plan folder or change file. Nothing was written. */
    public static final int BAD_INPUT = 2;
    /** schedule, replan: a plan was written, but it breaks hard rules or leaves seats empty (infeasible). */
    public static final int INFEASIBLE = 3;
    /** An output exists already (add --force) or could not be written. Nothing was half-written. */
    public static final int OUTPUT_ERROR = 4;
    /**
     * The problem does not fit the Java heap: refused before building when the estimate says so,
     * or the heap ran out while working. Nothing was half-written.
     */
    public static final int OUT_OF_MEMORY = 5;
    /** A bug: an unexpected error (the message says where to report it). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
