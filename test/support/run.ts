import { type Decision, decide, policyById } from '../../src/index';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import type { Fixture } from './fixtures';

/** Decides a fixture's claim with the library, under its profile. */
export function decideFixture(fixture: Fixture, options: { counterfactuals?: boolean } = {}): Decision {
  const policy = fixture.policy === undefined ? undefined : policyById(fixture.policy);
  if (fixture.policy !== undefined && policy === undefined) throw new Error(`unknown policy ${fixture.policy}`);
  return decide(fixture.claim, { ...options, ...(policy === undefined ? {} : { policy }) });
}

/** Runs the CLI in this process on in-memory input; returns status, stdout and stderr. */
export async function cli(argv: readonly string[], stdin = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: (async function* () {
      yield Buffer.from(stdin, 'utf8');
    })(),
    stdout: { write: (chunk) => ((stdout += chunk), true) },
    stderr: { write: (chunk) => ((stderr += chunk), true) },
    openFile: (path) => {
      throw Object.assign(new Error(`no such file ${path}`), { code: 'ENOENT' });
    },
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}
