import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/shared/sigml/xml/parse';

describe('XML repair with many open elements', () => {
  it('ignores stray end tags and closes what is open at the right places', () => {
    const n = 2000;
    const doc = `<sigml>${'<a>'.repeat(n)}${'</x>'.repeat(n)}<b/></a></sigml>`;
    const { roots, problems } = parseXml(doc);
    const stray = problems.filter((p) => p.message.startsWith('end tag </x> has no matching'));
    expect(stray).toHaveLength(n);
    // </a> closes the innermost <a>; </sigml> closes the other n - 1 with a problem each
    const unclosed = problems.filter((p) => p.message.includes('is not closed before </sigml>'));
    expect(unclosed).toHaveLength(n - 1);
    expect(problems).toHaveLength(2 * n - 1);
    let depth = 0;
    let e = roots[0];
    while (e && e.children.length > 0) {
      const c = e.children[0];
      if (!c || c.kind !== 'element') break;
      e = c;
      depth++;
    }
    expect(depth).toBe(n + 1); // n <a>, then <b/> inside the innermost
    expect(e?.name).toBe('b');
  });
});
