import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

/** Runs the CLI in this process, with named in-memory files (for `diff BEFORE AFTER`) and standard input. */
export async function cliWithFiles(argv: readonly string[], files: Readonly<Record<string, string>>, stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: (async function* () {
      yield Buffer.from(stdin, 'utf8');
    })(),
    stdout: { write: (chunk) => ((stdout += chunk), true) },
    stderr: { write: (chunk) => ((stderr += chunk), true) },
    openFile: (path) => {
      const text = files[path] ?? (path.endsWith('.html') ? readFileSync(path, 'utf8') : undefined);
      if (text === undefined) throw Object.assign(new Error(`no such file ${path}`), { code: 'ENOENT' });
      return (async function* () {
        // In small chunks, so that lines cross chunk boundaries as they do in a real file.
        for (let at = 0; at < text.length; at += 1000) yield Buffer.from(text.slice(at, at + 1000), 'utf8');
      })();
    },
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

/**
 * A store sale on Friday 2025-03-07 of a ¥3,999.00 phone that will not power on, brought back
 * on `claimDate`. By hand (MP2001 Arts. 11–12, counted from the day after the sale): the refund
 * window's last day is 2025-03-14 (a Friday, a working day); the exchange window's nominal last
 * day 2025-03-22 is a Saturday and rolls over to Monday 2025-03-24.
 */
export function claimOn(claimDate: string): Record<string, unknown> {
  return { claimDate, item: { kind: 'handset' }, sale: { date: '2025-03-07', priceFen: 399900 }, fault: { codes: ['no-power-on'] } };
}
