/**
 * The known key a mistyped one most likely meant, for "did you mean `claimDate`?" under an
 * unknown field. Keys are compared without case, by the optimal-string-alignment distance (the
 * edits: insert, delete, replace, swap two neighbours). A key is suggested only when it is near
 * (at most 2 edits, and at most a third of the typed key's length) and nearer than every other,
 * so a field name is never a guess between two.
 */

/** The edits between two strings: insert, delete, replace, or swap two neighbours. */
function editDistance(a: string, b: string): number {
  // Three rows of the table (the swap looks two back): row i holds the distance between a's
  // first i characters and b's first j, for each j.
  let before = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Keys longer than this are not compared (a hostile key may be megabytes long). */
const LONGEST = 64;

/**
 * The one known key close to `typed`, or `undefined` when none is, or when two are equally close.
 *
 * @example
 * closestKey('claimdate', ['claimDate', 'item', 'sale']) //=> 'claimDate'
 * closestKey('colour', ['claimDate', 'item', 'sale']) //=> undefined
 */
export function closestKey(typed: string, known: readonly string[]): string | undefined {
  if (typed.length > LONGEST) return undefined;
  const limit = Math.max(1, Math.min(2, Math.floor(typed.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  const lower = typed.toLowerCase();
  for (const key of known) {
    // Lengths further apart than the limit need more edits than it allows: no need to count them.
    if (key === typed || Math.abs(key.length - typed.length) > limit) continue;
    const distance = editDistance(lower, key.toLowerCase());
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  return best !== undefined && !tied && bestDistance <= limit ? best : undefined;
}
