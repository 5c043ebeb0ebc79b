import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

/** Share of the V8 heap limit the live heap may fill before a service refuses new requests. */
export const HEAP_PRESSURE_SHARE = 0.7;
/** How long a major collection's figure counts: near its limit V8 collects far more often than this. */
const FRESH_FOR_MS = 1_000;

export interface HeapPressure {
  /** True while the live heap is above its share of the limit: new requests should be refused. */
  isHigh(): boolean;
  stop(): void;
}

/**
 * Watches the live heap: what is in use right after each major garbage collection (a `gc` performance
 * entry), against the heap limit. Heap in use at any other moment is mostly garbage waiting for the next
 * collection, so it would refuse requests for nothing. A live heap near the limit makes V8 collect again and
 * again; when no major collection came for a second, the pressure is over.
 */
export function watchHeapPressure(share = HEAP_PRESSURE_SHARE): HeapPressure {
  const threshold = getHeapStatistics().heap_size_limit * share;
  let live = 0;
  let measuredAt = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR)
        continue;
      live = getHeapStatistics().used_heap_size;
      measuredAt = performance.now();
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    isHigh() {
      return live >= threshold && performance.now() - measuredAt <= FRESH_FOR_MS;
    },
    stop() {
      observer.disconnect();
    },
  };
}
