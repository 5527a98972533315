import { spawn } from 'node:child_process';

/** What a process did: its exit status and everything it wrote. */
export interface ProcessRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a built `sanbao` (its `cli.js`) as its own process, with standard input and the environment given. */
export function runSanbao(cli: string, args: readonly string[], options: { readonly cwd?: string; readonly input?: string; readonly env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { ...(options.cwd === undefined ? {} : { cwd: options.cwd }), env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
