import { z } from 'zod';
import { claimSchema } from '../../claim/schema';
import type { Command } from '../command';
import { EXIT } from '../command';
import { writeAll } from '../io';

/** The claim's JSON Schema (what `sanbao schema` prints). */
export function claimJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(claimSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'sanbao claim, format version 1',
    description: 'One China mobile-phone 三包 claim. Dates are YYYY-MM-DD (calendar dates in China); money is integer fen.',
  };
}

export const schemaCommand: Command = {
  name: 'schema',
  usage: `  sanbao schema                             the claim's JSON Schema`,
  valueOptions: [],
  flagOptions: [],
  async run(_args, io) {
    await writeAll(io.stdout, `${JSON.stringify(claimJsonSchema(), null, 2)}\n`);
    return EXIT.decided;
  },
};
