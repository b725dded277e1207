package org.rotationscheduler.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs each instance in a fresh JVM: the same java executable and classpath as this one (the
 * shaded scheduler.jar when started by the launcher), {@code -Xmx} as asked, the launcher's
 * ParallelGC. A fresh JVM per instance keeps one instance's garbage, JIT state and heap growth
 * out of the next one's figures. The worker's output goes to {@code <suite>.log}, its result
 * to {@code <suite>.json}, both in the run's folder.
 */
public final class ForkedWorker implements WorkerLauncher {
    /** Beyond the time limit, what generating, building, bounding and checking may take (the campaign's ~1 min, twice). */
    private static final Duration SETUP_ALLOWANCE = Duration.ofMinutes(10);

    private final String java;
    private final String classpath;
    private final String heap;

    public ForkedWorker(String java, String classpath, String heap) {
        this.java = java;
        this.classpath = classpath;
        this.heap = heap;
    }

    /** A worker like this JVM: its java executable and its classpath. */
    public static ForkedWorker likeThisJvm(String heap) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ForkedWorker(java, System.getProperty("java.class.path"), heap);
    }

    /** The command line of one worker. */
    public List<String> command(Suite suite, Duration timeLimit, long seed, Path result) {
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
                "-cp", classpath, BenchWorker.class.getName()));
        cmd.addAll(BenchWorker.arguments(suite, timeLimit, seed, result));
        return cmd;
    }

    @Override
    public BenchResult run(Suite suite, Duration timeLimit, long seed, Path dir) throws WorkerFailure {
        Path result = dir.resolve(suite.key() + ".json");
        Path log = dir.resolve(suite.key() + ".log");
        try {
            Files.deleteIfExists(result); // a stale result must not pass for this run's
            Process p = new ProcessBuilder(command(suite, timeLimit, seed, result)).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = await(p, timeLimit.plus(timeLimit).plus(SETUP_ALLOWANCE), log);
            if (exit != BenchWorker.OK || !Files.isRegularFile(result)) {
                throw new WorkerFailure("exit code " + exit + cause(log) + "; see " + log.getFileName());
            }
            return BenchResult.read(result);
        } catch (IOException e) {
            throw new WorkerFailure("cannot run or read the worker: " + e.getMessage());
        }
    }

    /** Waits for the worker; ends it if it outlives the allowance or this JVM is stopped (Ctrl-C). */
    private static int await(Process p, Duration allowance, Path log) throws WorkerFailure {
        Thread killer = new Thread(p::destroy, "bench-worker-stop");
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            if (!p.waitFor(allowance.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                throw new WorkerFailure("no result after " + allowance.toMinutes() + " min; stopped; see "
                        + log.getFileName());
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new WorkerFailure("interrupted");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and ends the worker
            }
        }
    }

    /** The cause a crashed worker printed: the first line naming an error or exception. */
    private static String cause(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String l : lines) {
                if (l.contains("Error") || l.contains("Exception")) {
                    return ": " + l.trim();
                }
            }
            return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).trim();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        String cp = classpath.contains(File.pathSeparator) ? "<classpath>" : Path.of(classpath).getFileName().toString();
        return "java -Xmx" + heap + " -XX:+UseParallelGC -cp " + cp + " " + BenchWorker.class.getName() + " ...";
    }
}
