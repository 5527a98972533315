import { UsageError } from '../args';
import type { Command } from '../command';
import { EXIT } from '../command';
import { writeAll } from '../io';

const NAMES = ['claim', 'decision', 'fixture'] as const;

export const schemaCommand: Command = {
  name: 'schema',
  usage: `  sanbao schema [claim|decision|fixture]    a JSON Schema (draft 2020-12): the claim (by default),
                                            the decision, or a fixture`,
  options: {},
  async run(args, io) {
    if (args.positional.length > 1) throw new UsageError('schema takes one name at most');
    const name = args.positional[0] ?? 'claim';
    if (!(NAMES as readonly string[]).includes(name)) throw new UsageError(`schema: no schema ${JSON.stringify(name)}; known: ${NAMES.join(', ')}`);
    // Loaded on use: the schema generator pulls in zod's converter, which no other command needs.
    const { jsonSchemaText } = await import('../../schemas/index');
    await writeAll(io.stdout, jsonSchemaText(name as (typeof NAMES)[number]));
    return EXIT.decided;
  },
};
