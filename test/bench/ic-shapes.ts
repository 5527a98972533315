/**
 * Whether deciding under a profile leaves the library's own code polymorphic for later national
 * decisions: V8's inline caches, counted from its IC log, which does not depend on the machine's
 * load as timings do. Runs two child processes, each deciding the bench claims nationally, then
 * (in the second) under a profile (`IC_PROFILE=g`: a one-rule profile, the default; `f`: huawei),
 * then nationally again, and prints the property loads in `src/` that are polymorphic or
 * megamorphic in the second process and not in the first, by folder.
 *
 *   npx tsx test/bench/ic-shapes.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DRIVE = fileURLToPath(new URL('./ic-shapes-drive.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sanbao-ic-'));

/** The final state of every inline cache in `src/`, keyed by file, function, position and key. */
function states(mix: string): Map<string, string> {
  const log = join(dir, `${mix}.log`);
  execFileSync(process.execPath, ['--log-ic', '--no-logfile-per-isolate', `--logfile=${log}`, '--import', 'tsx', DRIVE], { cwd: ROOT, env: { ...process.env, IC_MIX: mix }, stdio: 'inherit' });
  const code: { start: number; end: number; name: string }[] = [];
  const out = new Map<string, string>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const fields = line.split(',');
    if (fields[0] === 'code-creation') {
      const start = Number.parseInt(fields[4] ?? '', 16);
      const name = fields.slice(6).join(',');
      if (name.includes('/src/')) code.push({ start, end: start + Number(fields[5]), name });
    } else if (fields[0]?.endsWith('IC') && fields.length > 8) {
      const pc = Number.parseInt(fields[1]!, 16);
      // The most recent code object holding the pc (code objects are created in order).
      let holder: string | undefined;
      for (let index = code.length - 1; index >= 0; index -= 1) if (pc >= code[index]!.start && pc < code[index]!.end) { holder = code[index]!.name; break; }
      if (holder === undefined) continue;
      const file = holder.split('/src/')[1]!.split(':')[0]!;
      out.set(`${file} ${holder.split(' ')[0]} ${fields[3]}:${fields[4]} ${fields[0]} ${fields[8]}`, fields[6]!);
    }
  }
  return out;
}

try {
  const alone = states('a');
  const mixed = states(process.env.IC_PROFILE ?? 'g');
  const worse = [...mixed].filter(([site, state]) => (state === 'P' || state === 'N') && alone.get(site) !== 'P' && alone.get(site) !== 'N').map(([site]) => site);
  const byFolder = new Map<string, number>();
  for (const site of worse) byFolder.set(site.split('/')[0]!, (byFolder.get(site.split('/')[0]!) ?? 0) + 1);
  process.stdout.write(`inline caches in src/ polymorphic or megamorphic only after deciding under the profile: ${worse.length}\n`);
  for (const [folder, count] of [...byFolder].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${folder.padEnd(10)} ${count}\n`);
  if (process.env.IC_LIST !== undefined) for (const site of worse.sort()) process.stdout.write(`    ${site}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
