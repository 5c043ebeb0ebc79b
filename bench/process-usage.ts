import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A process's resident memory in MB from /proc (Linux), or null when it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms, or null when it cannot be read. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may contain spaces) in parentheses; utime and stime are the
    // 14th and 15th of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/**
 * Watches a process while it is under load: its peak RSS (sampled every `everyMs`) and the CPU time it used,
 * which, per request, says what a gateway costs whatever else the shared machine is doing.
 */
export function watchProcess(
  pid: number,
  everyMs = 500,
): { stop(): { peakRssMb: number | null; cpuMs: number | null } } {
  let peak: number | null = rssMb(pid);
  const cpuAtStart = cpuMs(pid);
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const last = rssMb(pid);
      const cpuAtEnd = cpuMs(pid);
      return {
        peakRssMb: last === null ? peak : Math.max(peak ?? 0, last),
        cpuMs: cpuAtStart === null || cpuAtEnd === null ? null : cpuAtEnd - cpuAtStart,
      };
    },
  };
}
