/** The text → sign worker: text → gloss, the pack's lexicon and motion synthesis, off main's loop. */
import { debugTasks } from './runtime/debug-tasks';
import { ortTasks } from './runtime/ort-tasks';
import { fail, serveTasks } from './runtime/serve';
import type { TaskHandlers } from './runtime/serve';
import { Signer } from './slp/signer';
import type { SignedUtterance, SlpTasks } from './slp/tasks';

let signer: Signer | undefined;

function configured(): Signer {
  if (signer === undefined)
    fail('unavailable', 'the text → sign worker has no pack configured yet');
  return signer;
}

/** Clip buffers are moved to main, not copied. */
function transfer(u: SignedUtterance): ArrayBuffer[] {
  return u.clip
    ? [u.clip.rotations.buffer as ArrayBuffer, u.clip.expressionWeights.buffer as ArrayBuffer]
    : [];
}

const handlers: TaskHandlers<SlpTasks> = {
  ...ortTasks,
  ...debugTasks,
  async 'slp.configure'(config) {
    const next = await Signer.open(config);
    const prev = signer;
    signer = next;
    await prev?.dispose();
    return { value: next.info };
  },
  async 'slp.say'({ text }) {
    const u = await configured().say(text);
    return { value: u, transfer: transfer(u) };
  },
  'slp.glosses'({ glosses, nonManual }) {
    const u = configured().glosses(glosses, nonManual);
    return { value: u, transfer: transfer(u) };
  },
};

serveTasks(handlers);
