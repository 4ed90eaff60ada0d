import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command';
import { evalCommand } from '../../../src/cli/commands/eval';
import { lexiconCommand } from '../../../src/cli/commands/lexicon';
import { packsCommand } from '../../../src/cli/commands/packs';
import { intOption } from '../../../src/cli/options';

// The CLI's usage errors name the value given and what would be valid, in the one wording of
// src/shared/errors/invalid.ts.
describe('CLI usage errors', () => {
  it('an unknown subcommand lists the valid ones', async () => {
    await expect(packsCommand.run(['lst'])).rejects.toThrow(
      new UsageError('packs command "lst" is unknown; expected one of list, verify'),
    );
    await expect(lexiconCommand.run([])).rejects.toThrow(
      'lexicon command "" is unknown; expected one of import',
    );
    await expect(evalCommand.run(['bleu'])).rejects.toThrow(
      'evaluation "bleu" is unknown; expected one of t2g, t2g-substitution, slt, slt-letters, fingerspelling',
    );
  });

  it('a number option out of its bounds gives the range', () => {
    expect(intOption('width', undefined, 640, 64, 4096)).toBe(640);
    expect(intOption('width', '800', 640, 64, 4096)).toBe(800);
    expect(() => intOption('width', '9000', 640, 64, 4096)).toThrow(
      '--width "9000" is not valid; expected an integer from 64 to 4096',
    );
    expect(() => intOption('width', '1.5', 640, 64, 4096)).toThrow(UsageError);
  });
});
