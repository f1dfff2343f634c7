// Bad input for kakor scan: clear errors and exit 2, or bounded time; never a hang or a stack trace.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../src';
import { kakor } from '../run-kakor';

const browser = process.env.KAKOR_CHROMIUM ?? '/usr/bin/chromium';
const hugeLinks = Array.from({ length: 20_000 }, (_, i) => `<a href="/huge/${String(i)}">${String(i)}</a>`).join('');

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === '/json') {
    res.setHeader('content-type', 'application/json');
    res.end('{"not":"a page"}');
  } else if (url.startsWith('/loop')) {
    res.statusCode = 302;
    res.setHeader('location', url === '/loop-a' ? '/loop-b' : '/loop-a');
    res.end();
  } else if (url === '/hang') {
    // Never answers.
  } else if (url === '/poll') {
    // Answers nothing, so a page polling it never goes idle.
  } else if (url === '/busy') {
    res.setHeader('content-type', 'text/html');
    res.end('<a href="/huge">huge</a><script>fetch("/poll")</script>');
  } else if (url === '/huge') {
    res.setHeader('content-type', 'text/html');
    res.end(`<p>${'x'.repeat(2_000_000)}</p>${hugeLinks}`);
  } else {
    res.setHeader('content-type', 'text/html');
    res.end('<p>page</p>');
  }
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failsWith(args: readonly string[], message: RegExp) {
  const result = await kakor(['scan', ...args, '--browser', browser]);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
}

describe('kakor scan with bad input', () => {
  it('names an unreachable URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await failsWith([`http://127.0.0.1:${String(port)}/`], /^kakor scan: http:\/\/127\.0\.0\.1:\d+\/ is unreachable \(ECONNREFUSED/);
  });

  it('names a start page that is not HTML, a redirect loop and a server that never answers', async () => {
    await failsWith([`${origin}/json`], /is not an HTML page \(Content-Type: application\/json\)/);
    await failsWith([`${origin}/loop-a`], /redirects in a loop/);
    await failsWith([`${origin}/hang`, '--timeout', '1'], /did not answer within 1 s; raise --timeout/);
  });

  it('names bad options and a missing browser', async () => {
    await failsWith(['not a url'], /"not a url" is not a URL/);
    await failsWith(['ftp://example.com/'], /is not an http or https URL/);
    await failsWith([`${origin}/`, '--states', 'first-visit,maybe'], /--states: "maybe" is not one of first-visit, reject, accept/);
    await failsWith([`${origin}/`, '--fail-on', 'everything'], /--fail-on: "everything" is not one of undeclared, violation/);
    await failsWith([`${origin}/`, '--pages', '0'], /--pages must be a whole number of at least 1/);
    await failsWith([`${origin}/`, '--site', 'no-such-site.yaml'], /no-such-site\.yaml: cannot read the file \(ENOENT\)/);
    const missing = await kakor(['scan', `${origin}/`, '--browser', '/no/such/chrome']);
    expect(missing.stderr).toContain('--browser names /no/such/chrome, which does not exist');
    expect(missing.code).toBe(2);
  });

  it('records a page that never goes idle and a huge page in bounded time', async () => {
    const started = Date.now();
    const result = await kakor(['scan', `${origin}/busy`, '--states', 'first-visit', '--pages', '3', '--timeout', '4', '--format', 'json', '--browser', browser]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ScanReport;
    const pages = report.states[0]?.pages ?? [];
    expect(pages[0]).toEqual({ url: `${origin}/busy`, status: 200, problem: 'did not go idle within 4 s; recorded what was present then' });
    expect(pages[1]?.url).toBe(`${origin}/huge`);
    // Loaded in time, its first link is crawled next; if not, the page says why and the crawl ends.
    if (pages[1]?.problem?.includes('did not load') === true) expect(pages).toHaveLength(2);
    else expect(pages[2]?.url).toBe(`${origin}/huge/0`);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
