package org.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Samples heap use while a run lasts, and reads the process's peak resident set size from Linux's /proc. */
final class MemoryWatch implements AutoCloseable {
  private static final Path STATUS = Path.of("/proc/self/status");

  private final AtomicLong peakHeap = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  MemoryWatch() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    sampler = new Thread(() -> {
      while (running) {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "parley-bench-memory");
    sampler.setDaemon(true);
    sampler.start();
  }

  long peakHeapBytes() {
    return peakHeap.get();
  }

  /** Peak resident set size in bytes, or -1 where /proc is not there to say. */
  static long peakRssBytes() {
    try {
      return peakRssBytes(Files.readString(STATUS, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return -1;
    }
  }

  /** The {@code VmHWM} line of a /proc/PID/status text, in bytes; -1 when absent. */
  static long peakRssBytes(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        String unit = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "b";
        return switch (unit) {
          case "kb" -> value * 1024;
          case "mb" -> value * 1024 * 1024;
          default -> value;
        };
      }
    }
    return -1;
  }

  /** CPU time of the whole process so far, all threads; -1 where the JVM cannot say. */
  static long processCpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean system) {
      long nanos = system.getProcessCpuTime();
      return nanos < 0 ? -1 : nanos / 1_000_000;
    }
    return -1;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
