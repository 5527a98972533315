import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex, for the desk page in the browser: the
 * page's build puts this module in place of src/stamp/sha256.ts (`node:crypto`, which a browser
 * lacks; see src/cli/build-desk-page.ts). `@noble/hashes`: audited, no dependencies, synchronous;
 * a devDependency, bundled into desk.html, so the library itself still needs zod only.
 *
 * @example
 * sha256('abc') //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(text: string): string {
  return bytesToHex(sha256Bytes(utf8ToBytes(text)));
}
