/** The layer rule (eslint/layers.js) rejects back-edges and accepts the graph's own edges. */
import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
// @ts-expect-error -- a plain JS module of the lint config, without type declarations
import { layersPlugin } from '../../../eslint/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;

const src = (file: string): string => path.join(process.cwd(), 'src', file);
const tester = new RuleTester({ languageOptions: { sourceType: 'module' } });

tester.run('local/layers', layersPlugin.rules.layers, {
  valid: [
    { filename: src('workers/slt/pack.ts'), code: "import '../../node/packs/verify';" },
    { filename: src('main/slt/slt-service.ts'), code: "import '../../workers/slt/tasks';" },
    { filename: src('main/pool/worker-pool.ts'), code: "import '../../workers/protocol';" },
    { filename: src('host/index.ts'), code: "import '../main/services/app-services';" },
    { filename: src('cli/commands/slt.ts'), code: "import '../../workers/slt/model';" },
    { filename: src('renderer/ui/app.ts'), code: "import '../../shared/ipc/api';" },
    { filename: src('shared/util/a.ts'), code: "import './b'; import 'zod';" },
  ],
  invalid: [
    // The back-edges this rule was written against.
    { filename: src('workers/slp/seq2seq/pack.ts'), code: "import '../../../main/packs/verify';" },
    { filename: src('main/chromium/page-server.ts'), code: "import '../../host/static-files';" },
    { filename: src('cli/commands/landmarks.ts'), code: "import '../../renderer/perception/x';" },
    { filename: src('main/slp/slp-service.ts'), code: "import '../../workers/slp/signer';" },
    { filename: src('node/logger.ts'), code: "export * from '../workers/protocol';" },
    { filename: src('shared/util/a.ts'), code: "export { x } from '../../node/logger';" },
    { filename: src('renderer/ui/app.ts'), code: "void import('../../main/paths');" },
    { filename: src('workers/slt.worker.ts'), code: "import '../cli/synth/shard-job';" },
  ].map((c) => ({ ...c, errors: 1 })),
});
