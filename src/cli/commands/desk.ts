import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../args';
import type { Command } from '../command';
import { EXIT } from '../command';
import { fileErrorText } from '../file-error';
import { writeAll } from '../io';
import { readLimited } from '../options';

/** The desk page is built next to the command (dist/desk.html beside dist/cli.js) by `npm run build`. */
const PAGE = 'desk.html';

/** The page is about 0.6 MB; this bounds what is read if the file is replaced by something else. */
const MOST_PAGE_BYTES = 8 * 1024 * 1024;

export const deskCommand: Command = {
  name: 'desk',
  usage: `  sanbao desk   [--out FILE]                the desk page: one HTML file for counter staff
                                            (works offline, opened from disk); to FILE or
                                            standard output`,
  options: { out: { type: 'string' } },
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
        // `--out /tmp` (a directory), a missing folder, no permission: said as a write, exit 2.
        const unwritable = (error as { readonly syscall?: unknown }).syscall === 'write' ? undefined : fileErrorText(error, out, 'write');
        if (unwritable === undefined) throw error;
        await writeAll(io.stderr, `sanbao: ${unwritable}\n`);
        return EXIT.usage;
      }
    }
    return EXIT.decided;
  },
};
