import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether an `Authorization` header carries the bearer token. The comparison takes the same time
 * whatever the header holds: both sides are hashed to 32 bytes first (so their lengths say
 * nothing), then compared with `timingSafeEqual`.
 *
 * @example
 * bearerMatches('Bearer s3cret', 's3cret') //=> true
 * bearerMatches('Bearer s3cre', 's3cret') //=> false
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  const given = digest(match?.[1] ?? '');
  return timingSafeEqual(given, digest(token)) && match !== null;
}
