import { InvalidClaimError, parseClaim } from '../claim/parse';
import type { Claim } from '../claim/schema';

/**
 * The claim a rendering is about, as sent (raw JSON) or already parsed: parsed either way, so
 * that defaults are filled in the same as for the decision. Throws {@link InvalidClaimError} for
 * a claim that is not valid (there is then no decision to render).
 */
export function claimOf(input: Claim | unknown): Claim {
  const parsed = parseClaim(input);
  if (!parsed.ok) throw new InvalidClaimError(parsed.errors, parsed.omittedErrors);
  return parsed.claim;
}
