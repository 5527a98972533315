import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../args';
import type { Command } from '../command';
import { EXIT } from '../command';
import { writeAll } from '../io';
import { readLimited } from '../options';
import { codeOf } from '../output-error';

/**
 * Why the page could not be written to `--out`, by the system's error code, in both languages. A
 * path that cannot name a file (a directory, a missing directory) is wrong usage (exit 2); a
 * file that could not be written where it may be is a failed output (exit 74).
 */
const WRONG_PATH = new Set(['EISDIR', 'ENOENT', 'ENOTDIR', 'ENAMETOOLONG']);
const WRITE_ERRORS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  EISDIR: ['这是一个目录，不是文件', 'it is a directory, not a file'],
  ENOENT: ['所在目录不存在', 'its directory does not exist'],
  ENOTDIR: ['路径中有一部分不是目录', 'a part of the path is not a directory'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'permission denied'],
  EROFS: ['只读文件系统', 'read-only file system'],
  ENOSPC: ['设备上没有空间', 'no space left on device'],
  ENAMETOOLONG: ['路径过长', 'the path is too long'],
};

/** The desk page is built next to the command (dist/desk.html beside dist/cli.js) by `npm run build`. */
const PAGE = 'desk.html';

/** The page is about 0.3 MB; this bounds what is read if the file is replaced by something else. */
const MOST_PAGE_BYTES = 8 * 1024 * 1024;

export const deskCommand: Command = {
  name: 'desk',
  usage: `  sanbao desk   [--out FILE]                the desk page: one HTML file for counter staff
                                            (works offline, opened from disk); to FILE or
                                            standard output`,
  valueOptions: ['out'],
  flagOptions: [],
  async run(args, io) {
    if (args.positional.length > 0) throw new UsageError('desk takes no input; use --out FILE to name the page written');
    const out = args.options.out;
    if (out === true || out === '') throw new UsageError('--out needs a file name');
    const path = fileURLToPath(new URL(`./${PAGE}`, import.meta.url));
    let page: Uint8Array | number;
    try {
      page = await readLimited(io.openFile(path), MOST_PAGE_BYTES);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
        await writeAll(io.stderr, `sanbao desk: ${PAGE} is not next to the command (${path}); it is built by \`npm run build\`\n`);
        return EXIT.usage;
      }
      throw error;
    }
    if (typeof page === 'number') throw new UsageError(`${path} is not the desk page (over ${MOST_PAGE_BYTES} bytes)`);
    if (out === undefined) await writeAll(io.stdout, Buffer.from(page).toString('utf8'));
    else {
      try {
        await writeFile(out, page);
      } catch (error) {
        const code = codeOf(error);
        if (code === undefined) throw error;
        const words = WRITE_ERRORS[code] ?? [`系统错误 ${code}`, `system error ${code}`];
        await writeAll(io.stderr, `sanbao desk: 无法写入 ${out}：${words[0]} / cannot write ${out}: ${words[1]}\n`);
        return WRONG_PATH.has(code) ? EXIT.usage : EXIT.outputFailed;
      }
    }
    return EXIT.decided;
  },
};
