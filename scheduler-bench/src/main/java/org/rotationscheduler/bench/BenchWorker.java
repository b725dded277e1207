package org.rotationscheduler.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark instance in a JVM of its own, so that its heap figures are its own: the bench
 * command starts {@code java -Xmx.. -cp <its classpath> org.rotationscheduler.bench.BenchWorker
 * --suite S --time-limit-ms N --seed S --out FILE} once per instance and reads FILE back.
 * Exit code 0 when FILE is written; 2 for bad arguments; 1 when the run failed (stack trace on
 * stderr, which the bench command keeps in a log file).
 */
public final class BenchWorker {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_ARGUMENTS = 2;

    private BenchWorker() {
    }

    /** The arguments {@link #main} takes, in order. */
    public static List<String> arguments(Suite suite, Duration timeLimit, long seed, Path out) {
        return List.of("--suite", suite.key(), "--time-limit-ms", Long.toString(timeLimit.toMillis()),
                "--seed", Long.toString(seed), "--out", out.toAbsolutePath().toString());
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Map<String, String> options;
        Suite suite;
        long limit;
        long seed;
        try {
            options = options(args);
            suite = Suite.parse(options.get("--suite")).orElseThrow(() ->
                    new IllegalArgumentException("unknown --suite " + options.get("--suite")));
            limit = Long.parseLong(required(options, "--time-limit-ms"));
            seed = Long.parseLong(required(options, "--seed"));
            required(options, "--out");
        } catch (IllegalArgumentException e) {
            System.err.println("BenchWorker: " + e.getMessage() + "; usage: " + usage());
            return BAD_ARGUMENTS;
        }
        try {
            BenchResult result = new InstanceRunner().run(suite, seed, Duration.ofMillis(limit));
            result.write(Path.of(options.get("--out")));
            return OK;
        } catch (Throwable t) { // OutOfMemoryError too: the bench command reports it from the log
            t.printStackTrace();
            return FAILED;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.remove(0);
            if (!name.startsWith("--") || rest.isEmpty()) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + name + "'");
            }
            out.put(name, rest.remove(0));
        }
        return out;
    }

    private static String required(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return v;
    }

    private static String usage() {
        return "BenchWorker --suite " + Suite.names().replace("|all", "") + " --time-limit-ms N --seed S --out FILE";
    }
}
