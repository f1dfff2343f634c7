import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConsentLogError, policyHash, type ConsentLog, type LoggedConsent } from '../src';
import { backends, type Backend } from './backends';
import { consentEntry, site } from './helpers';

const day = 86_400_000;

async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** RFC 4180 fields of a CSV text, to read an export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe.each(backends)('the consent log on %s', (_name, makeBackend) => {
  let backend: Backend;
  let log: ConsentLog;
  const count = async () => Number((await backend.sql<{ n: string }>('SELECT count(*)::text AS n FROM kakor_consent_records'))[0]?.n);

  beforeAll(async () => {
    backend = await makeBackend();
    log = backend.open({ site, ipHashKey: 'ip-hash-test-key' });
    await log.list({ limit: 1 }); // migrate
  });
  afterAll(async () => {
    await log.close();
    await backend.dispose();
  });
  beforeEach(async () => {
    await backend.sql('DELETE FROM kakor_consent_records');
  });

  it('stores what onConsent receives, with the policy hash for the locale and no IP address', async () => {
    const entry = consentEntry({ categories: { analytics: true }, processors: { meta: false }, source: 'banner', gpc: true }, { locale: 'sv', ip: '203.0.113.7' });
    await log.record(entry);
    const [row] = await log.find(entry.id);
    expect(row).toMatchObject({
      consentId: entry.id,
      givenAt: entry.givenAt,
      expiresAt: entry.expiresAt,
      categories: { preferences: false, analytics: true, marketing: false },
      processors: { meta: false },
      fingerprint: site.fingerprint,
      policyHash: policyHash(site, 'sv'),
      locale: 'sv',
      gpc: true,
      source: 'banner',
      userAgent: entry.userAgent,
    });
    expect(row?.policyHash).not.toBe(policyHash(site, 'en'));
    expect(row?.ipHash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    const stored = JSON.stringify(await backend.sql('SELECT * FROM kakor_consent_records'));
    expect(stored).not.toContain('203.0.113.7');
  });

  it('keeps no IP hash without a key, and no policy hash for a consent given under another site definition', async () => {
    const plain = backend.open();
    const entry = consentEntry(undefined, { ip: '203.0.113.7' });
    await plain.record(entry);
    await log.record(consentEntry(undefined, { fingerprint: 'older-site' }));
    expect((await plain.find(entry.id))[0]).toMatchObject({ ipHash: null, policyHash: null, locale: 'en' });
    const rows = await backend.sql<{ policy_hash: string | null }>("SELECT policy_hash FROM kakor_consent_records WHERE site_fingerprint = 'older-site'");
    expect(rows).toEqual([{ policy_hash: null }]);
    await plain.close();
  });

  it('is append-only: a withdrawal is a new row, a retry is stored once, an UPDATE is refused', async () => {
    const given = consentEntry({ categories: { analytics: true, marketing: true } });
    const withdrawn = { ...given, givenAt: new Date(given.givenAt.getTime() + 60_000), categories: { preferences: false, analytics: false, marketing: false } };
    await log.record(given);
    await log.record(given);
    await log.record(withdrawn);
    const history = await log.find(given.id);
    expect(history.map((row) => row.categories.marketing)).toEqual([true, false]);
    await expect(backend.sql("UPDATE kakor_consent_records SET gpc = true")).rejects.toThrow(/append-only/);
    expect(await count()).toBe(2);
  });

  it('lists in pages and by time', async () => {
    const entries = Array.from({ length: 25 }, () => consentEntry());
    for (const entry of entries) await log.record(entry);
    const seen: LoggedConsent[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await log.list({ limit: 10, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(...page.records);
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    expect(seen.map((row) => row.consentId)).toEqual(entries.map((entry) => entry.id));
    const future = new Date(Date.now() + day);
    expect((await log.list({ since: future })).records).toEqual([]);
    expect((await log.list({ until: future, limit: 100 })).records).toHaveLength(25);
    await expect(log.list({ cursor: "1; DROP TABLE kakor_consent_records" })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(log.list({ limit: 0 })).rejects.toThrow(/limit must be a whole number from 1/);
  });

  it('exports JSON Lines and CSV that read back to the same rows, hostile user agents included', async () => {
    const hostile = '=HYPERLINK("http://evil.example"),"quoted",\r\nnext line';
    const entries = [consentEntry(undefined, { userAgent: hostile }), ...Array.from({ length: 1200 }, () => consentEntry())];
    await Promise.all(entries.map((entry) => log.record(entry)));
    const progress: number[] = [];
    const jsonl = await collect(log.export({ onProgress: (rows) => progress.push(rows) }));
    const lines = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as { consentId: string; userAgent: string });
    expect(lines).toHaveLength(1201);
    expect(new Set(lines.map((line) => line.consentId))).toEqual(new Set(entries.map((entry) => entry.id)));
    expect(progress).toEqual([1000, 1201]);
    const csv = parseCsv(await collect(log.export({ format: 'csv' })));
    expect(csv[0]).toEqual(['seq', 'consent_id', 'recorded_at', 'given_at', 'expires_at', 'preferences', 'analytics', 'marketing', 'processors', 'site_fingerprint', 'policy_hash', 'locale', 'gpc', 'source', 'user_agent', 'ip_hash']);
    expect(csv).toHaveLength(1202);
    const hostileRow = csv.find((row) => row[1] === entries[0]?.id);
    // Control characters are dropped on the way in; the formula is defused with an apostrophe.
    expect(hostileRow?.[14]).toBe(`'=HYPERLINK("http://evil.example"),"quoted",next line`);
    expect(await collect(log.export({ since: new Date(Date.now() + day) }))).toBe('');
  });

  it('purges past the retention period, and never a consent still in force', async () => {
    const now = new Date('2031-06-01T00:00:00Z');
    const at = (iso: string, lifetimeDays = 365) => consentEntry({ now: Date.parse(iso) }, { expiresAt: new Date(Date.parse(iso) + lifetimeDays * day) });
    const ancient = at('2026-01-01T00:00:00Z'); // lapsed 2027-01: more than 3 years before `now`
    const recent = at('2029-01-01T00:00:00Z');
    const long = at('2026-02-01T00:00:00Z', 365 * 10); // still in force in 2031
    for (const entry of [ancient, recent, long]) await log.record(entry);
    expect(await log.purge({ now })).toMatchObject({ deleted: 1, cutoff: new Date('2028-06-01T00:00:00Z') });
    expect(await log.find(ancient.id)).toEqual([]);
    // Rows are recorded now (the database clock), so an olderThan purge from a later `now` sees them as old.
    const progress: number[] = [];
    expect(await log.purge({ olderThan: 'P1Y', now, onProgress: (deleted) => progress.push(deleted) })).toMatchObject({ deleted: 1 });
    expect(progress).toEqual([1]);
    expect((await log.list()).records.map((row) => row.consentId)).toEqual([long.id]);
    await expect(log.purge({ olderThan: 'P0D' })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(log.purge({ olderThan: 'three years' })).rejects.toThrow(/ISO 8601 duration such as P3Y/);
  });

  it('refuses hostile records with an error naming the field, and stores nothing', async () => {
    const good = consentEntry();
    const hostile: [unknown, string][] = [
      [null, 'the record'],
      [{ ...good, id: "x'); DROP TABLE kakor_consent_records; --" }, 'id'],
      [{ ...good, id: 'a'.repeat(500) }, 'id'],
      [{ ...good, givenAt: new Date('nope') }, 'givenAt'],
      [{ ...good, categories: { analytics: 'yes' } }, 'categories.analytics'],
      [{ ...good, categories: { '__proto__\u0000': true } }, 'categories.__proto__\u0000'],
      [{ ...good, processors: { 'Evil Corp': true } }, 'processors'],
      [{ ...good, processors: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`p${String(i)}`, true])) }, 'processors'],
      [{ ...good, fingerprint: 'a b' }, 'fingerprint'],
      [{ ...good, source: 'dark-pattern' }, 'source'],
      [{ ...good, locale: '../../etc/passwd' }, 'locale'],
      [{ ...good, policyHash: 'has spaces' }, 'policyHash'],
      [{ ...good, userAgent: 42 }, 'userAgent'],
    ];
    for (const [entry, field] of hostile) {
      const error = await log.record(entry as never).then(() => undefined, (caught: unknown) => caught);
      expect(error, field).toBeInstanceOf(ConsentLogError);
      expect(error).toMatchObject({ code: 'invalid-record', field });
      expect((error as Error).message).toMatch(/nothing was stored/);
    }
    expect(await count()).toBe(0);
    const nul = consentEntry(undefined, { userAgent: `a\u0000b\u001b[31m${'é'.repeat(1000)}` });
    await log.record(nul);
    const [row] = await log.find(nul.id);
    expect(row?.userAgent).toBe(`ab[31m${'é'.repeat(250)}`);
    expect(await log.find("' OR 1=1 --")).toEqual([]);
  });

  it('keeps 10,000 records from 50 concurrent writers: every one present, none duplicated', async () => {
    const writers = 50;
    const perWriter = 200;
    const written: string[] = [];
    await Promise.all(
      Array.from({ length: writers }, async () => {
        for (let i = 0; i < perWriter; i++) {
          const entry = consentEntry();
          await log.record(entry);
          written.push(entry.id);
        }
      }),
    );
    const stored = (await log.list({ limit: 10_000 })).records.map((row) => row.consentId);
    expect(written).toHaveLength(writers * perWriter);
    expect(stored).toHaveLength(writers * perWriter);
    expect(new Set(stored).size).toBe(stored.length);
    expect(new Set(stored)).toEqual(new Set(written));
    expect(await count()).toBe(writers * perWriter);
  });

  it('is closed for good after close()', async () => {
    const other = backend.open();
    await other.close();
    await expect(other.record(consentEntry())).rejects.toMatchObject({ code: 'closed' });
  });
});
