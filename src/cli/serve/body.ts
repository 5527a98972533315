import type { Readable } from 'node:stream';

/** A request body read whole: its bytes, or why not. */
export type Body =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too-large'; readonly length: number }
  | { readonly ok: false; readonly reason: 'timeout' | 'aborted' };

/**
 * Reads a request body of at most `limit` bytes within `timeoutMs`. A body that says (by
 * Content-Length) or turns out to be larger is refused without reading on; one that has not all
 * arrived in time (a slow-loris client) is given up. Either way at most `limit` bytes are held.
 * The bytes come in a buffer of their own, which can be handed to a worker thread without a copy.
 */
export function readBody(stream: Readable, declared: string | undefined, limit: number, timeoutMs: number): Promise<Body> {
  const length = declared === undefined ? undefined : Number(declared);
  if (length !== undefined && Number.isFinite(length) && length > limit) return Promise.resolve({ ok: false, reason: 'too-large', length });
  return new Promise<Body>((resolve) => {
    const parts: Buffer[] = [];
    let size = 0;
    const finish = (body: Body) => {
      clearTimeout(timer);
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (!body.ok) stream.pause();
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, reason: 'too-large', length: size });
      else parts.push(chunk);
    };
    const onEnd = () => {
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      finish({ ok: true, bytes });
    };
    const onError = () => finish({ ok: false, reason: 'aborted' });
    const onClose = () => finish({ ok: false, reason: 'aborted' });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs);
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
