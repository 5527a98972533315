import { parseClaim } from '../../claim/parse';
import { jsonOf, MAX_CLAIM_BYTES, tooLarge } from '../../claim/read-json';
import { decideClaim } from '../../engine/decide';
import type { Command } from '../command';
import { EXIT } from '../command';
import { writeAll } from '../io';
import { linesOf } from '../lines';
import { inputOf, policyOf } from '../options';
import { serializeDecision } from '../serialize';

export const batchCommand: Command = {
  name: 'batch',
  usage: `  sanbao batch  [FILE|-] [--policy ID]      JSON Lines in, one decision a line out`,
  valueOptions: ['policy'],
  flagOptions: [],
  async run(args, io) {
    const policy = policyOf(args);
    let status: number = EXIT.decided;
    let buffer = '';
    for await (const group of linesOf(inputOf(args, io), MAX_CLAIM_BYTES)) for (const line of group) {
      let out: string;
      if ('tooLong' in line) {
        status = EXIT.invalid;
        out = JSON.stringify({ line: line.number, errors: [tooLarge(line.tooLong)] });
      } else {
        const json = jsonOf(line.bytes);
        const parsed = json.ok ? parseClaim(json.value) : json;
        if (parsed.ok) out = serializeDecision(decideClaim(parsed.claim, { policy }));
        else {
          status = EXIT.invalid;
          out = JSON.stringify({ line: line.number, errors: parsed.errors });
        }
      }
      buffer += `${out}\n`;
      if (buffer.length >= 1 << 16) {
        await writeAll(io.stdout, buffer);
        buffer = '';
      }
    }
    if (buffer.length > 0) await writeAll(io.stdout, buffer);
    return status;
  },
};
