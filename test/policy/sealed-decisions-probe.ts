/**
 * Run by `floor-first.test.ts` in a fresh process (`node --import tsx
 * test/policy/sealed-decisions-probe.ts`): prints the decisions of `sealed-decisions.ts`, one JSON
 * line each, as a process in which nothing has been written anywhere decides them.
 */
import { sealedDecisions } from './sealed-decisions';

process.stdout.write(`${sealedDecisions().join('\n')}\n`);
