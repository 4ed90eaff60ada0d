import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchRecovery } from '../../src/cli/bench/recovery';
import { ROOT } from '../helpers/shared';

const built = fs.existsSync(path.join(ROOT, 'dist', 'node', 'host.mjs'));

describe.skipIf(!built)('bench recovery (the crash drill)', () => {
  it('reports typed errors within 1 s and no acknowledged entry lost', async () => {
    const { metrics } = await benchRecovery(3);
    expect(metrics.crash_to_error_n).toBe(3);
    expect(metrics.crash_to_error_max_ms).toBeLessThan(1000);
    expect(metrics.crash_to_next_ok_n).toBe(3);
    expect(metrics.host_acknowledged_before_kill).toBeGreaterThan(0);
    expect(metrics.host_acknowledged_lost).toBe(0);
    expect(metrics.host_order_kept).toBe(1);
  }, 60_000);
});
