import { request } from 'node:http';

/** What a raw HTTP/1.1 request got back: status, Set-Cookie lines and the size of the header block. */
export interface RawAnswer {
  readonly status: number;
  readonly setCookies: string[];
  readonly headerBytes: number;
  /** The trailers' Set-Cookie lines, if the response had any. */
  readonly trailerCookies: string[];
}

/** A request with any Host and headers (fetch refuses to set Host), against a server on 127.0.0.1. */
export function rawRequest(base: string, path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers, maxHeaderSize: 1 << 20 }, (res) => {
      res.resume();
      const headerBytes = res.rawHeaders.reduce((sum, item) => sum + Buffer.byteLength(item) + 2, 0);
      res.on('end', () => {
        const trailerCookies = res.rawTrailers.filter((_, i) => i % 2 === 0 && res.rawTrailers[i]?.toLowerCase() === 'set-cookie').map((_, i) => res.rawTrailers[2 * i + 1] ?? '');
        resolve({ status: res.statusCode ?? 0, setCookies: res.headers['set-cookie'] ?? [], headerBytes, trailerCookies });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
