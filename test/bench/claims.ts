import { type Claim, parseClaim } from '../../src/index';
import { addDays } from '../../src/time/add-days';
import { loadFixtures } from '../support/fixtures';

/** A small deterministic generator (mulberry32): the same claims on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATE_KEYS = new Set(['claimDate', 'date', 'deliveredDate', 'factoryDate', 'activationDate', 'handedIn', 'returned', 'warrantyCardDate']);

function shifted(value: unknown, days: number): unknown {
  if (Array.isArray(value)) return value.map((item) => shifted(item, days));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [
      key,
      DATE_KEYS.has(key) && typeof item === 'string' ? addDays(item, days) : shifted(item, days),
    ]),
  );
}

/**
 * `count` valid claims from the fixtures' space: each a fixture's claim with every date moved by
 * the same number of days (so windows fall on other weekdays and holidays, and other versions of
 * the law apply) and its price changed. Only claims that pass the schema are kept.
 */
export function benchClaims(count: number, seed = 20261122): unknown[] {
  const bases = loadFixtures()
    .filter((fixture) => fixture.policy === undefined)
    .map((fixture) => fixture.claim);
  const next = random(seed);
  const out: unknown[] = [];
  for (let index = 0; out.length < count; index += 1) {
    const base = bases[index % bases.length] as { sale: { priceFen: number } };
    const candidate = shifted(base, Math.floor(next() * 1600) - 800) as { sale: Record<string, unknown> };
    candidate.sale = { ...candidate.sale, priceFen: Math.floor(base.sale.priceFen * (0.5 + next())) };
    if (parseClaim(candidate).ok) out.push(candidate);
  }
  return out;
}

/**
 * The seven-rule space: claims on which only damage, proof, the 7-day, 15-day and two-repair
 * rules, the 1-year period and paid repair decide. A handset sold in a store between 2014-03-15
 * and 2024-06-30 (the clocks start at the sale; windows are not moved by repairs), a listed fault,
 * the original invoice or nothing, liquid damage found or not, no repair or two completed ones.
 */
export function sevenRuleClaims(count: number, seed = 7): Claim[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const out: Claim[] = [];
  while (out.length < count) {
    const sale = addDays('2014-03-15', Math.floor(next() * 3700));
    const twoRepairs = next() < 0.25;
    const after = twoRepairs ? 20 + Math.floor(next() * 380) : pick([Math.floor(next() * 20), Math.floor(next() * 420)]);
    const claimDate = addDays(sale, after);
    if (claimDate > '2024-06-30' && sale > '2024-06-30') continue;
    const repairs = twoRepairs
      ? [
          { handedIn: addDays(sale, Math.floor(after / 3)), returned: addDays(sale, Math.floor(after / 3) + 3), faultCodes: ['no-power-on'] },
          { handedIn: addDays(sale, Math.floor((2 * after) / 3)), returned: addDays(sale, Math.floor((2 * after) / 3) + 2), faultCodes: ['display-failure'] },
        ]
      : [];
    const input = {
      claimDate,
      item: { kind: 'handset' },
      sale: { date: sale, priceFen: 100_000 + Math.floor(next() * 900_000) },
      proof: next() < 0.1 ? { invoice: 'none', warrantyCard: 'none' } : { invoice: 'original' },
      fault: { codes: [pick(['no-power-on', 'display-failure', 'audio-failure', 'key-failure'])] },
      condition: { liquid: next() < 0.1 ? 'found' : 'none' },
      history: { repairs },
    };
    const parsed = parseClaim(input);
    if (parsed.ok) out.push(parsed.claim);
  }
  return out;
}
