package org.rotationscheduler.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap a piece of work needs, in a JVM of its own (the bench forks one per instance).
 *
 * <p>Method: {@link #start()} runs {@code System.gc()} so the measurement starts from live data
 * only, resets the peak of every heap pool and listens to the JVM's garbage-collection
 * notifications. The heap's occupancy only grows between two collections, so its true peak is
 * either just before some collection or at the end: {@link HeapFigures#peakBytes()} is the largest
 * "used before GC" total over all heap pools, or the final occupancy if larger. Two more figures
 * come along: the largest occupancy right after a collection (live data plus garbage the
 * collection did not reach, a floor for {@code -Xmx}), and the sum of the heap pools' own peaks
 * (MemoryPoolMXBean), an upper bound since the pools peak at different moments.
 */
final class HeapMeter {
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final AtomicLong maxBefore = new AtomicLong();
    private final AtomicLong maxAfter = new AtomicLong();
    private final AtomicInteger notified = new AtomicInteger();
    private long baseline;
    private long collectionsAtStart;

    private HeapMeter() {
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    static HeapMeter start() {
        HeapMeter m = new HeapMeter();
        m.begin();
        return m;
    }

    private void begin() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        collectionsAtStart = collections();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        maxBefore.accumulateAndGet(heapSum(info.getMemoryUsageBeforeGc()), Math::max);
        maxAfter.accumulateAndGet(heapSum(info.getMemoryUsageAfterGc()), Math::max);
        notified.incrementAndGet();
    }

    private long heapSum(Map<String, MemoryUsage> byPool) {
        long sum = 0;
        for (var e : byPool.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the measurement; waits briefly for notifications of the last collections, which arrive on another thread. */
    HeapFigures stop() {
        long end = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long happened = collections() - collectionsAtStart;
        long deadline = System.currentTimeMillis() + 2_000;
        while (notified.get() < happened && System.currentTimeMillis() < deadline) {
            pause();
        }
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
        long poolPeaks = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                poolPeaks += p.getPeakUsage().getUsed();
            }
        }
        long peak = Math.max(Math.max(maxBefore.get(), end), baseline);
        return new HeapFigures(baseline, peak, Math.max(maxAfter.get(), baseline), poolPeaks, happened);
    }
}
