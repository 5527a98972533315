import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

/**
 * A `sanbao serve` started from a build as its own process, on a port the system picks, on
 * 127.0.0.1 only. Every test's traffic goes there, bounded, and the server is stopped by the test.
 */
export interface RunningServer {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  /** Everything the server wrote to stderr so far (its one-line notices). */
  stderr(): string;
  /** Everything it wrote to stdout (its structured log). */
  stdout(): string;
  /** Sends SIGTERM and waits for the exit: the status and the stderr. */
  stop(): Promise<{ readonly status: number | null; readonly signal: NodeJS.Signals | null }>;
}

export async function startServer(cli: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (status, signal) => resolve({ status, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s: ${stderr}`)), 30_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
      if (match !== null) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (status) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${status}) before listening: ${stderr}`));
    });
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    stdout: () => stdout,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** One HTTP request to 127.0.0.1 (a new connection each time), its whole answer as text. */
export function call(port: number, method: string, path: string, options: { readonly body?: string | Uint8Array; readonly headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers: options.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/**
 * A raw connection that sends the head of a request and then only part of its body (a slow
 * client), for the tests of timeouts and of shutdown with requests in flight. Resolves with the
 * raw response text once the server closes the connection or the response is complete.
 */
export function partialRequest(port: number, head: string, firstPart: string): { readonly socket: Socket; readonly response: Promise<string>; send(text: string): void } {
  const socket = connect({ host: '127.0.0.1', port });
  let text = '';
  const response = new Promise<string>((resolve) => {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
  });
  socket.write(head + firstPart);
  return { socket, response, send: (more) => socket.write(more) };
}

/** The body of a raw HTTP/1.1 response (Content-Length or chunked), and its status. */
export function parseRaw(raw: string): { readonly status: number; readonly body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  let body = raw.slice(split + 4);
  if (/transfer-encoding: chunked/i.test(head)) {
    let out = '';
    for (;;) {
      const line = body.indexOf('\r\n');
      const size = Number.parseInt(body.slice(0, line), 16);
      if (!(size > 0)) break;
      // Sizes count bytes; the text here is decoded, so cut by bytes.
      const bytes = Buffer.from(body.slice(line + 2), 'utf8');
      out += bytes.subarray(0, size).toString('utf8');
      body = bytes.subarray(size + 2).toString('utf8');
    }
    body = out;
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), body };
}
