import { readFileSync } from 'node:fs';
import { type Decision, decide } from '../../src/index';
import { policyById } from '../../src/entries/policy';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import type { Fixture } from './fixtures';

/** Decides a fixture's claim with the library, under its profile. */
export function decideFixture(fixture: Fixture, options: { counterfactuals?: boolean } = {}): Decision {
  const policy = fixture.policy === undefined ? undefined : policyById(fixture.policy);
  if (fixture.policy !== undefined && policy === undefined) throw new Error(`unknown policy ${fixture.policy}`);
  return decide(fixture.claim, { ...options, ...(policy === undefined ? {} : { policy }) });
}

/**
 * Runs the CLI in this process, with standard input and named in-memory files (for `diff BEFORE
 * AFTER`, `--calendar`); a name not given is read from disk only for the desk page, else ENOENT.
 */
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

/** Runs the CLI in this process on in-memory standard input, with no files. */
export function cli(argv: readonly string[], stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  return cliWithFiles(argv, {}, stdin);
}
