/**
 * `npm run --silent cli -- <command> [options]`: SignBridge's command line. Human output by
 * default, `--json` for machines (stdout holds only the JSON), non-zero exit with a message on
 * stderr when something is wrong.
 */
import type { Command } from './command';
import { UsageError } from './command';
import { benchCommand } from './commands/bench';
import { evalCommand } from './commands/eval';
import { landmarksCommand } from './commands/landmarks';
import { lexiconCommand } from './commands/lexicon';
import { renderCommand } from './commands/render';
import { slpCommand } from './commands/slp';
import { sltCommand } from './commands/slt';
import { t2gCommand } from './commands/t2g';
import { packsCommand } from './commands/packs';
import { speechCommand } from './commands/speech';
import { synthCommand } from './commands/synth';
import { warnLine } from './terminal-text';

const COMMANDS: readonly Command[] = [
  packsCommand,
  t2gCommand,
  slpCommand,
  sltCommand,
  landmarksCommand,
  renderCommand,
  lexiconCommand,
  evalCommand,
  speechCommand,
  synthCommand,
  benchCommand,
];

function help(): string {
  return `usage: npm run --silent cli -- <command> [options]   (--help after a command for its options)

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    warnLine(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      warnLine(`${name}: ${e.message}\n\n${command.usage}`);
      return 2;
    }
    warnLine(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    warnLine(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
