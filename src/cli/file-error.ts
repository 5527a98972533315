import { terminalText } from '../explain/escape/terminal';
import { codeOf } from './output-error';

/** Why a file could not be opened or read, by the system's error code, in both languages. */
const FILE_ERRORS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  ENOENT: ['文件不存在', 'no such file'],
  EISDIR: ['这是一个目录，不是文件', 'it is a directory, not a file'],
  ENOTDIR: ['路径中有一部分不是目录', 'a part of the path is not a directory'],
  ELOOP: ['符号链接循环', 'a loop of symbolic links'],
  EACCES: ['没有权限', 'permission denied'],
  EPERM: ['没有权限', 'permission denied'],
  EROFS: ['只读文件系统', 'read-only file system'],
  ENXIO: ['不是普通文件（套接字或设备）', 'not a regular file (a socket or a device)'],
  ENODEV: ['不是普通文件（设备）', 'not a regular file (a device)'],
  EOPNOTSUPP: ['不是普通文件（套接字）', 'not a regular file (a socket)'],
  ENAMETOOLONG: ['路径过长', 'the path is too long'],
  // A file the system refuses to read from the start (/proc/self/mem), or a read that failed.
  EIO: ['读取出错（输入输出错误）', 'an input/output error'],
  EINVAL: ['不能按普通文件读取', 'it cannot be read as a plain file'],
  ESPIPE: ['不能按普通文件读取', 'it cannot be read as a plain file'],
};

/**
 * A file that could not be read (or, with `'write'`, written), said on one line in both
 * languages; `undefined` for any other error, and for a failed write to the output (that is
 * output-error.ts's, exit 74).
 *
 * @example
 * fileErrorText(Object.assign(new Error('EISDIR'), { code: 'EISDIR', syscall: 'open', path: '/tmp' }), undefined, 'write')
 * //=> '无法写入 /tmp：这是一个目录，不是文件 / cannot write /tmp: it is a directory, not a file'
 */
export function fileErrorText(error: unknown, named: string | undefined, action: 'read' | 'write' = 'read'): string | undefined {
  const code = codeOf(error);
  const words = code === undefined ? undefined : FILE_ERRORS[code];
  if (words === undefined || (action === 'read' && (error as { readonly syscall?: unknown }).syscall === 'write')) return undefined;
  const given = (error as { readonly path?: unknown }).path;
  // The path is the user's: shown with its hidden characters escaped, never obeyed by the terminal.
  const path = terminalText(typeof given === 'string' ? given : (named ?? ''));
  return action === 'read' ? `无法读取 ${path}：${words[0]} / cannot read ${path}: ${words[1]}` : `无法写入 ${path}：${words[0]} / cannot write ${path}: ${words[1]}`;
}
