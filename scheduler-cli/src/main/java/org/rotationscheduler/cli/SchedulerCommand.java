package org.rotationscheduler.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.rotationscheduler.domain.problems.InputException;
import org.rotationscheduler.domain.problems.InputProblem;
import org.rotationscheduler.io.out.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The top-level command: {@code scheduler <subcommand>}. */
@Command(name = "scheduler", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Plans who goes where in a rotation campaign (air-quality supervision, 2019-2021 by default)",
            "and prints the rosters the personnel office sends out.",
            "",
            "Start with:",
            "  scheduler validate                    check the campaign data and the register",
            "  scheduler schedule --season autumn    plan the first autumn-winter season",
            "  scheduler replan --plan DIR --changes F.yaml   after changes, move only what must move",
            "  scheduler generate --cadres 7000 --out r.csv   a synthetic register to try things on",
            "",
            "Every command has --help. Rule ids (E4, F6, ...) are those of ROTATION-RULES.md; the campaign",
            "YAML keys, the register columns and the exit codes are described in the README."},
        subcommands = {
            ValidateCommand.class,
            GenerateCommand.class,
            ScheduleCommand.class,
            ReplanCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            MergeCommand.class,
            ExplainCommand.class,
            SuggestCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 done, 1 check found broken rules, 2 bad input, 3 plan written but infeasible,",
            "4 output exists or cannot be written, 5 too large for the memory, 70 internal error."})
public final class SchedulerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLine cl = newCommandLine(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8));
        System.exit(execute(cl, args));
    }

    /**
     * Runs the command line; running out of memory anywhere ends with a message and {@link
     * ExitCodes#OUT_OF_MEMORY}, never a stack trace (a plan folder being written is not left half,
     * see AtomicFolder).
     */
    static int execute(CommandLine cl, String[] args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter err = cl.getErr();
            err.println();
            err.println("error: out of memory (the Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB is full). The problem is too large for this heap: plan one season instead of the whole"
                    + " campaign, or give Java more memory, e.g. SCHEDULER_JAVA_OPTS='-Xmx8g -XX:+UseParallelGC'.");
            err.flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    /** As {@link #newCommandLine()}, printing through the terminal sanitiser to these writers. */
    public static CommandLine newCommandLine(java.io.Writer out, java.io.Writer err) {
        CommandLine cl = newCommandLine();
        cl.setOut(TerminalText.wrap(out));
        cl.setErr(TerminalText.wrap(err));
        // help in plain text: colour codes would be escape sequences, which the sanitiser shows as text
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cl;
    }

    /**
     * Help text width when the terminal's cannot be detected (pipes, tests): wide enough that the
     * examples and the option descriptions do not wrap mid-phrase.
     */
    static final int USAGE_WIDTH = 110;

    /** A configured command line; tests run commands through this, as the launcher does. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new SchedulerCommand());
        // set after the subcommands are added, so that it applies to all of them; a real terminal's
        // width is used when picocli can detect it
        cl.setUsageHelpWidth(USAGE_WIDTH);
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler(SchedulerCommand::badParameters);
        cl.setExecutionExceptionHandler(SchedulerCommand::failed);
        return cl;
    }

    private static int badParameters(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the options and examples.");
        return ExitCodes.BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InputException input) {
            err.println("error: the input has " + input.problems().size() + " problem"
                    + (input.problems().size() == 1 ? "" : "s") + ":");
            for (InputProblem p : input.problems()) {
                err.println("  " + p);
            }
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof org.rotationscheduler.planning.ProblemSize.TooLarge tooLarge) {
            err.println("error: " + tooLarge.getMessage());
            return ExitCodes.OUT_OF_MEMORY;
        }
        if (e instanceof SafeFiles.FileExistsException exists) {
            err.println("error: " + exists.getMessage());
            return ExitCodes.OUTPUT_ERROR;
        }
        if (e instanceof java.io.IOException io) {
            err.println("error: cannot write the output: " + io.getMessage());
            return ExitCodes.OUTPUT_ERROR;
        }
        err.println("internal error: " + e + " (please report it with the command you ran)");
        if (System.getenv("SCHEDULER_DEBUG") != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.println(trace);
        } else {
            err.println("Set SCHEDULER_DEBUG=1 to see the details.");
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
