import { z } from 'zod';
import { invoke } from '../define';
import { PackReportSchema } from '../../modelpack/report';

export const packChannels = {
  'packs.list': invoke(
    z.object({}).strict(),
    z.object({ packs: z.array(PackReportSchema) }).strict(),
  ),
} as const;
