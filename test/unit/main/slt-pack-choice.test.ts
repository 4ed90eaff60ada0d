import { describe, expect, it } from 'vitest';
import { chooseSltPack, DEFAULT_SLT_PACK } from '../../../src/shared/settings/slt-pack';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/schema';
import { SltService, type SltServiceDeps } from '../../../src/main/slt/slt-service';
import type { PackReport } from '../../../src/shared/modelpack/report';

describe('which sign → text pack opens', () => {
  it("is the user's choice when it is installed, else the default, else the first", () => {
    expect(chooseSltPack('bsl-slt', ['ase-slt', 'bsl-slt'])).toBe('bsl-slt');
    expect(chooseSltPack('ase', ['bsl-slt', 'ase-slt'])).toBe(DEFAULT_SLT_PACK);
    expect(chooseSltPack('ase', ['bsl-slt'])).toBe('bsl-slt');
    expect(chooseSltPack('ase-slt', [])).toBeUndefined();
  });

  it('defaults to the pack the app ships, so Settings shows it selected', () => {
    expect(DEFAULT_SETTINGS.signPack).toBe(DEFAULT_SLT_PACK);
  });

  it('is what SltService opens: the setting, a usable pack before a damaged one', () => {
    const report = (id: string, ok: boolean, caps = ['slt']): PackReport =>
      ({ id, ok, capabilities: caps }) as unknown as PackReport;
    let preferred = 'gsg-slt';
    const packs = [
      report('ase', true, ['slp']),
      report('bad-slt', false),
      report('gsg-slt', true),
      report('ase-slt', true),
    ];
    const service = new SltService({
      packs: { list: () => packs },
      preferred: () => preferred,
    } as unknown as SltServiceDeps);
    expect(service.choosePack()).toBe('gsg-slt');
    preferred = 'ase'; // an old settings file: a text → sign pack
    expect(service.choosePack()).toBe('ase-slt');
    packs.pop();
    expect(service.choosePack()).toBe('gsg-slt');
  });
});
