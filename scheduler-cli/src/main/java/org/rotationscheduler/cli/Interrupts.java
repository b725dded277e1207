package org.rotationscheduler.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C while solving: stop the search, then let the command write the best plan found before
 * the JVM exits (the hook waits until {@link #done()} or two minutes at most).
 */
final class Interrupts implements AutoCloseable {
    private final Thread hook;
    private final CountDownLatch written = new CountDownLatch(1);

    private Interrupts(Runnable stopSolving) {
        this.hook = new Thread(() -> {
            System.err.println();
            System.err.println("Interrupted: stopping the search and writing the best plan found so far...");
            stopSolving.run();
            try {
                written.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scheduler-interrupt");
    }

    static Interrupts install(Runnable stopSolving) {
        Interrupts i = new Interrupts(stopSolving);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** The outputs are written: an interrupt may now end the JVM. */
    void done() {
        written.countDown();
    }

    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns as soon as the latch above is released
        }
    }
}
