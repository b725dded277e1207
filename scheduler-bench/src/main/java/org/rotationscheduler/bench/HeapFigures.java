package org.rotationscheduler.bench;

/**
 * What {@link HeapMeter} measured, in bytes.
 *
 * @param baselineBytes live heap when the measurement started, right after a full collection:
 *     the JVM, the campaign and the generated register
 * @param peakBytes the most heap in use at any moment of the run (largest occupancy just before
 *     a collection, or at the end)
 * @param peakAfterGcBytes the most heap still in use right after a collection: roughly what the
 *     run needs at least, a floor for {@code -Xmx}
 * @param poolPeakSumBytes the heap pools' own peaks added up (MemoryPoolMXBean), an upper bound
 * @param collections garbage collections during the run
 */
public record HeapFigures(long baselineBytes, long peakBytes, long peakAfterGcBytes, long poolPeakSumBytes,
        long collections) {

    public static final HeapFigures NONE = new HeapFigures(0, 0, 0, 0, 0);

    public static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
