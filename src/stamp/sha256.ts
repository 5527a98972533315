import { createHash } from 'node:crypto';

/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex: the platform's
 * (`node:crypto`), synchronous, as the engine's stamp needs it. Computing a digest touches no
 * file, clock or environment, so the core stays pure (.dependency-cruiser.cjs, `pure-core`).
 *
 * The desk page runs the library in the browser, where there is no `node:crypto` and
 * `crypto.subtle` is asynchronous (and absent from pages opened from `file://` in some
 * browsers): its build puts src/desk/sha256.ts (`@noble/hashes`, bundled into the page) in this
 * module's place (src/cli/build-desk-page.ts). A program bundling the library for a browser does
 * the same. test/dispute/stamp.test.ts holds the two to the same digests.
 *
 * @example
 * sha256('abc') //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
