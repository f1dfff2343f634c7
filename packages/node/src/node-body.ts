import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, BodyUnavailableError } from './endpoint';

/**
 * The request body as text, however the app's body parsers left it: read from the stream when
 * nothing has read it (Express 4's `urlencoded()` and `text()` set `req.body = {}` without
 * reading a JSON body), or taken from `req.body` when a parser consumed the stream (a string,
 * a Buffer, or what `express.json()` parsed).
 */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<string> {
  const parsed = (req as { body?: unknown }).body;
  if (req.readableEnded) {
    const text = typeof parsed === 'string' ? parsed : Buffer.isBuffer(parsed) ? parsed.toString('utf8') : parsed === undefined ? undefined : JSON.stringify(parsed);
    if (text === undefined) return Promise.reject(new BodyUnavailableError());
    return Buffer.byteLength(text) > limit ? Promise.reject(new BodyTooLargeError(limit)) : Promise.resolve(text);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
