// Performance measures around the content script's handlers and scans, for the benchmark (which
// collects them with a PerformanceObserver) and for anyone profiling a page. The entries are cleared
// right away: a page open all day would otherwise keep every keystroke's marks in its timeline.

export function timed<T>(name: "dpa-guard:event" | "dpa-guard:scan", work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  }
}
