package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryWatchTest {
  @Test
  void readsThePeakResidentSetSizeFromProcStatus() {
    String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t 5546736 kB\nVmRSS:\t 5000000 kB\n";

    assertThat(MemoryWatch.peakRssBytes(status)).isEqualTo(5_546_736L * 1024);
  }

  @Test
  void saysUnknownWhenTheStatusHasNoPeak() {
    assertThat(MemoryWatch.peakRssBytes("Name:\tjava\n")).isEqualTo(-1);
  }
}
