import { EXIT } from './command';

/**
 * Why writing the output failed, by the system's error code, in both languages. A reader that
 * went away (EPIPE) is not here: that is not a failure (see {@link endOnClosedOutput}).
 */
const WRITE_ERRORS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  ENOSPC: ['设备上没有空间', 'no space left on device'],
  EDQUOT: ['超出磁盘配额', 'disk quota exceeded'],
  EFBIG: ['文件过大', 'file too large'],
  EIO: ['输入输出错误', 'input/output error'],
  EBADF: ['输出未打开', 'the output is not open'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'permission denied'],
  EROFS: ['只读文件系统', 'read-only file system'],
};

/** The system error code an error carries (`ENOENT`, `EPIPE`), if any. */
export const codeOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/**
 * A failed write, said on one line in both languages; `undefined` when the error is not a failed
 * write (then it is a bug, reported as an internal error).
 *
 * @example
 * const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' })
 * outputErrorText(full) //=> '无法写出输出：设备上没有空间 / cannot write output: no space left on device'
 */
export function outputErrorText(error: unknown): string | undefined {
  const code = codeOf(error);
  if (code === undefined || (error as { syscall?: unknown }).syscall !== 'write') return undefined;
  const words = WRITE_ERRORS[code] ?? [`系统错误 ${code}`, `system error ${code}`];
  return `无法写出输出：${words[0]} / cannot write output: ${words[1]}`;
}

/** The streams of a process that {@link endOnClosedOutput} needs. */
export interface ProcessOutput {
  readonly stdout: { on(event: 'error', listener: (error: Error) => void): unknown };
  readonly stderr: { write(chunk: string): unknown };
  exit(code: number): never;
}

/**
 * Ends the process when its standard output fails, instead of Node's default (an unhandled
 * 'error' event: a stack trace and status 1), whichever command is writing:
 *
 * - the reader went away (EPIPE: `sanbao decide x.json | head -1` once `head` has its line): that
 *   is how a pipeline stops a producer, so the process ends silently with status 0, as it would
 *   under SIGPIPE had Node not ignored that signal;
 * - the output cannot take the bytes (`> /dev/full`, a full disk, an I/O error): one line in both
 *   languages on stderr and status 74 (EX_IOERR of sysexits.h, as 70 for an internal error is
 *   EX_SOFTWARE), because the output is incomplete and a script must not take it as done.
 *
 * The process ends at once: whatever the command was still going to write has nowhere to go.
 */
export function endOnClosedOutput(process: ProcessOutput): void {
  process.stdout.on('error', (error) => {
    if (codeOf(error) === 'EPIPE') process.exit(EXIT.decided);
    process.stderr.write(`sanbao: ${outputErrorText(error) ?? `无法写出输出 / cannot write output: ${error.message}`}\n`);
    process.exit(EXIT.outputFailed);
  });
}
