import type { ByteWriter } from './byte-writer';

/**
 * Any JSON-able value written as `JSON.stringify` would write it, straight into a
 * {@link ByteWriter}. Decisions share much of their content as deeply frozen objects made once:
 * each trace entry (per rule version and outcome) and each citation reference (per citation and
 * profile). Their bytes are made once and copied after that, so about half of a decision's
 * 6–8 KB is a copy of cached fragments. Only a subtree whose every object is frozen is cached
 * (it can never change). Within one value, an object met twice (a reason's message, repeated in
 * `warnings` or `recourse`) is copied from where it was first written.
 *
 * Written generically, by key order, so a field added to the decision later is written like any
 * other: the output stays `JSON.stringify`'s (test/cli/serialize.test.ts holds it to that).
 */

const fragments = new WeakMap<object, Uint8Array>();

/** Objects written so far in the current value under a `message` key, and where their bytes are. */
const seen: { objects: object[]; starts: number[]; ends: number[]; count: number } = { objects: [], starts: [], ends: [], count: 0 };
const MOST_SEEN = 64;

/** Writes `value` as JSON; returns false (writing nothing) when JSON.stringify would give `undefined`. */
export function writeJson(writer: ByteWriter, value: unknown): boolean {
  seen.count = 0;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return false;
  writeValue(writer, value);
  seen.objects.fill(undefined as unknown as object, 0, seen.count);
  seen.count = 0;
  return true;
}

/**
 * Writes one value; returns whether it is immutable (a primitive, or an object all of whose
 * objects are frozen), so a frozen parent knows whether it may cache its bytes.
 */
function writeValue(writer: ByteWriter, value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      writer.string(value);
      return true;
    case 'number':
      writer.number(value);
      return true;
    case 'boolean':
      writer.ascii(value ? 'true' : 'false');
      return true;
    case 'object':
      if (value === null) {
        writer.ascii('null');
        return true;
      }
      return writeObject(writer, value);
    case 'bigint':
      // JSON.stringify throws on a BigInt: so do we.
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      writer.ascii('null');
      return true;
  }
}

function writeObject(writer: ByteWriter, value: object): boolean {
  const fragment = fragments.get(value);
  if (fragment !== undefined) {
    writer.raw(fragment);
    return true;
  }
  const frozen = Object.isFrozen(value);
  const start = writer.length;
  let fixed: boolean;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || !isPlain(value)) fixed = writeForeign(writer, value);
  else if (Array.isArray(value)) fixed = writeArray(writer, value);
  else fixed = writeFields(writer, value as Record<string, unknown>);
  if (frozen && fixed) fragments.set(value, writer.bytes.slice(start, writer.length));
  return frozen && fixed;
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** A value with `toJSON`, or a class instance: left to `JSON.stringify` itself. */
function writeForeign(writer: ByteWriter, value: object): boolean {
  const json = JSON.stringify(value) as string | undefined;
  const text = json ?? 'null';
  writer.ensure(text.length * 3);
  const { written } = UTF8.encodeInto(text, writer.bytes.subarray(writer.length));
  writer.length += written;
  return false;
}

const UTF8 = new TextEncoder();

function writeArray(writer: ByteWriter, array: readonly unknown[]): boolean {
  let fixed = true;
  writer.byte(91);
  for (let index = 0; index < array.length; index += 1) {
    if (index > 0) writer.byte(44);
    const item = array[index];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') writer.ascii('null');
    else if (!writeValue(writer, item)) fixed = false;
  }
  writer.byte(93);
  return fixed;
}

function writeFields(writer: ByteWriter, object: Record<string, unknown>): boolean {
  let fixed = true;
  let first = true;
  writer.byte(123);
  for (const key in object) {
    const item = object[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) writer.byte(44);
    first = false;
    writeKey(writer, key);
    if (key === 'message' && typeof item === 'object' && item !== null) {
      if (!writeRemembered(writer, item)) fixed = false;
    } else if (!writeValue(writer, item)) fixed = false;
  }
  writer.byte(125);
  return fixed;
}

/** `"key":`, its bytes made once per key (a decision has a few dozen distinct keys). */
function writeKey(writer: ByteWriter, key: string): void {
  let fragment = keys.get(key);
  if (fragment === undefined) {
    const start = writer.length;
    writer.string(key);
    writer.byte(58);
    if (keys.size >= MOST_KEYS) return;
    fragment = writer.bytes.slice(start, writer.length);
    keys.set(key, fragment);
    return;
  }
  writer.raw(fragment);
}

const keys = new Map<string, Uint8Array>();
const MOST_KEYS = 1024;

/** A message object: copied when the same object was already written in this value. */
function writeRemembered(writer: ByteWriter, item: object): boolean {
  for (let index = 0; index < seen.count; index += 1) {
    if (seen.objects[index] === item) {
      const start = seen.starts[index]!;
      const end = seen.ends[index]!;
      writer.ensure(end - start);
      writer.bytes.copyWithin(writer.length, start, end);
      writer.length += end - start;
      return false;
    }
  }
  const start = writer.length;
  const fixed = writeValue(writer, item);
  if (seen.count < MOST_SEEN) {
    seen.objects[seen.count] = item;
    seen.starts[seen.count] = start;
    seen.ends[seen.count] = writer.length;
    seen.count += 1;
  }
  return fixed;
}
