import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { watchHeapPressure } from '../../lib/server/heap-pressure';

// A full (major) collection on demand: V8's `gc` function, exposed for this test only.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('the heap pressure a service sheds on', () => {
  it('should be high right after a major collection that leaves more than its share of the limit live', async () => {
    const pressure = watchHeapPressure(1e-6);
    try {
      expect(pressure.isHigh()).toBe(false);
      collect();
      await settle();
      expect(pressure.isHigh()).toBe(true);
      // No major collection for a second: the pressure counts as over.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(pressure.isHigh()).toBe(false);
    } finally {
      pressure.stop();
    }
  });

  it('should stay low when a major collection leaves the live heap under its share of the limit', async () => {
    const pressure = watchHeapPressure(0.99);
    try {
      collect();
      await settle();
      expect(pressure.isHigh()).toBe(false);
    } finally {
      pressure.stop();
    }
  });
});
