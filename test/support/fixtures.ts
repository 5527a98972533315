import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fixture } from '../../src/testing/fixture';

/** The fixture format is the library's (`checkFixture`, docs/fixture-format.md). */
export type { Fixture } from '../../src/testing/fixture';

/** The root of the fixture claims: the conformance suite the package ships. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

export interface LoadedFixture extends Fixture {
  /** Path below `fixtures/`, e.g. `national/refund-day-7.json`. */
  readonly name: string;
  readonly path: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

/** Every fixture, sorted by name (read as JSON; `checkFixture` says whether each is in the format). */
export function loadFixtures(): LoadedFixture[] {
  return walk(FIXTURES_DIR)
    .sort()
    .map((path) => ({ ...(JSON.parse(readFileSync(path, 'utf8')) as Fixture), name: relative(FIXTURES_DIR, path), path }));
}

/** A loaded fixture as it is in its file (without the name and path the loader adds). */
export function fixtureOf(loaded: LoadedFixture): Fixture {
  const { name: _name, path: _path, ...fixture } = loaded;
  return fixture;
}
