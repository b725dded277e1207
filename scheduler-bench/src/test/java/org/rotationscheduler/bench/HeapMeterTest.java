package org.rotationscheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapMeterTest {
    @Test
    void seesWhatIsAllocatedDuringTheMeasurement() {
        HeapMeter meter = HeapMeter.start();
        byte[][] kept = new byte[8][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[8 << 20];
        }
        HeapFigures h = meter.stop();
        assertThat(kept[7]).hasSize(8 << 20);
        assertThat(h.peakBytes()).isGreaterThanOrEqualTo(h.baselineBytes() + (64L << 20));
        assertThat(h.poolPeakSumBytes()).isGreaterThanOrEqualTo(64L << 20);
        assertThat(h.peakAfterGcBytes()).isGreaterThanOrEqualTo(h.baselineBytes());
    }
}
