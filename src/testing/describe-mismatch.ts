import type { Mismatch } from './mismatch';

/** A value as a report shows it: JSON, or `absent`. */
export function shown(value: unknown): string {
  return value === undefined ? 'absent' : (JSON.stringify(value) ?? String(value));
}

/** The mismatches that say the fixture could not be decided at all, rather than decided otherwise. */
export function isBroken(mismatch: Mismatch): boolean {
  return mismatch.check === 'fixture' || mismatch.check === 'policy' || mismatch.check === 'claim' || mismatch.check === 'decision';
}

/**
 * One mismatch as one line of English: where, what the fixture expects, what the decision holds.
 *
 * @example
 * describeMismatch({ check: 'dates', path: 'dates.refundUntil', expected: '2025-03-14', received: undefined })
 * //=> 'dates.refundUntil: expected "2025-03-14", received absent'
 */
export function describeMismatch(mismatch: Mismatch): string {
  const { path, expected, received } = mismatch;
  switch (mismatch.check) {
    case 'cites':
      return `${path}: expected ${shown(expected)} among the citations, received ${shown(received)}`;
    case 'notCites':
      return `${path}: expected ${shown(expected)} not among the citations, received ${shown(received)}`;
    case 'silent':
      return `${path}: expected the rule to run and not fire (${(expected as readonly string[]).join(' or ')}), received ${shown(received)}`;
    case 'fixture':
      return `${path}: not in the fixture format: ${String(expected)}; received ${shown(received)}`;
    case 'policy':
      return Array.isArray(expected)
        ? `${path}: no profile has this id: received ${shown(received)}; known: ${expected.join(', ')}`
        : `${path}: the profile cannot be used: expected ${String(expected)}, received ${String(received)}`;
    case 'decision':
      return `${path}: not in the decision format: ${String(expected)}; received ${shown(received)}`;
    case 'claim':
      return `${path}: not a valid claim: expected ${String(expected)}, received ${String(received)}`;
    default:
      return `${path}: expected ${shown(expected)}, received ${shown(received)}`;
  }
}
