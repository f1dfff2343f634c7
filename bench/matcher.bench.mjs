// Classifies a million cookie names (exact, pattern and unknown mixed) with createMatcher
// against the real catalog and synthetic ones 10x and 100x larger, without and with the
// cookie's domain, and against a baseline that tests a list of RegExps in turn. Prints
// figures; asserts nothing.
import { writeFileSync } from 'node:fs';
import { catalog, createListMatcher, createMatcher } from '@kakor/catalog';
import { describeMachine } from './machine.mjs';

// KAKOR_BENCH_LOOKUPS lowers the count on a busy machine; the figures say how many were run.
const lookups = Number(process.env.KAKOR_BENCH_LOOKUPS ?? 1_000_000);
const baselineSeconds = 1.5;

// A deterministic random source, so every run classifies the same names.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];
const token = (length) => Array.from({ length }, () => pick('abcdefghijklmnopqrstuvwxyz0123456789')).join('');

/** A catalog `factor` times the real one: each extra copy renames every name and pattern. */
function syntheticCatalog(factor) {
  const entries = [...catalog];
  for (let copy = 1; copy < factor; copy++) {
    const tag = `${token(5)}${String(copy)}`;
    for (const entry of catalog) {
      entries.push({
        ...entry,
        id: `${entry.id}-${tag}`,
        cookies: entry.cookies.map((cookie) =>
          cookie.name !== undefined
            ? { ...cookie, name: `${tag}${cookie.name}` }
            : { ...cookie, pattern: cookie.pattern.startsWith('*') ? `${cookie.pattern}${tag}` : `${tag}${cookie.pattern}` },
        ),
      });
    }
  }
  return entries;
}

/** 10,000 distinct names: a third exact, a third pattern-shaped, a third unknown. */
function sampleNames() {
  const exact = catalog.flatMap((e) => e.cookies.flatMap((c) => (c.name === undefined ? [] : [c.name])));
  const patterns = catalog.flatMap((e) => e.cookies.flatMap((c) => (c.pattern === undefined ? [] : [c.pattern])));
  const unknown = ['session_id', 'theme', 'lang', 'cart', 'JSESSIONID_X', 'remember_me', 'xsrf', 'user_pref'];
  return Array.from({ length: 10_000 }, (_, i) => {
    if (i % 3 === 0) return pick(exact);
    if (i % 3 === 1) return pick(patterns).replace('*', token(12));
    return `${pick(unknown)}${random() < 0.5 ? `_${token(6)}` : ''}`;
  });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What Klaro and vanilla-cookieconsent do: one RegExp per cookie, tested in turn. */
function regexpListBaseline(entries) {
  const rules = entries.flatMap((entry) =>
    entry.cookies.map((cookie) => ({
      entry,
      cookie,
      regexp: new RegExp(`^${cookie.name !== undefined ? escape(cookie.name) : cookie.pattern.split('*').map(escape).join('.*')}$`),
    })),
  );
  return {
    match(name) {
      for (const rule of rules) if (rule.regexp.test(name)) return rule;
      return undefined;
    },
  };
}

/** A domain for each sample name: a subdomain of a bound item's domain for a name the catalog binds, else a site's own. */
function sampleDomains(names) {
  const bound = new Map(catalog.flatMap((e) => e.cookies.flatMap((c) => (c.name !== undefined && c.domain !== undefined ? [[c.name, c.domain.replace(/^\./, '')]] : []))));
  const sites = ['shop.example', 'www.example.org', 'app.example.se'];
  return names.map((name) => {
    const domain = bound.get(name);
    return domain === undefined ? pick(sites) : random() < 0.5 ? domain : `www.${domain}`;
  });
}

const secondsSince = (start) => Number(process.hrtime.bigint() - start) / 1e9;

function measure(matcher, names, maxLookups, maxSeconds = Infinity, domains = undefined) {
  const options = domains?.map((domain) => ({ domain }));
  const lookup = options === undefined ? (i) => matcher.match(names[i]) : (i) => matcher.match(names[i], options[i]);
  // The warm-up is time-boxed too: 100,000 lookups in the RegExp list at 100× took minutes.
  const warmUpStart = process.hrtime.bigint();
  for (let i = 0; i < 100_000 && (i % 1000 !== 0 || secondsSince(warmUpStart) < maxSeconds); i++) lookup(i % names.length);
  let known = 0;
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  // The clock is read every 100 lookups, so the time box holds even where one pass over the names takes minutes.
  while (done < maxLookups && elapsed < maxSeconds) {
    for (let i = 0; i < names.length && done < maxLookups && (i % 100 !== 0 || (elapsed = secondsSince(start)) < maxSeconds); i++, done++) if (lookup(i) !== undefined) known++;
    elapsed = secondsSince(start);
  }
  return { perSecond: done / elapsed, nsPerLookup: (elapsed * 1e9) / done, lookups: done, knownShare: known / done };
}

const names = sampleNames();
const domains = sampleDomains(names);
const sizes = [1, 10, 100].map((factor) => {
  const entries = syntheticCatalog(factor);
  return { factor, entries, matcher: createMatcher(entries), list: createListMatcher(entries), baseline: regexpListBaseline(entries) };
});
// Rounds interleave the sizes so JIT warm-up and machine noise hit them alike; the median counts.
const rounds = 3;
const runs = sizes.map(() => []);
const domainRuns = sizes.map(() => []);
for (let round = 0; round < rounds; round++) {
  sizes.forEach((size, i) => runs[i].push(measure(size.matcher, names, lookups)));
  sizes.forEach((size, i) => domainRuns[i].push(measure(size.matcher, names, lookups, Infinity, domains)));
}
const median = (list) => [...list].sort((a, b) => a.nsPerLookup - b.nsPerLookup)[Math.floor(list.length / 2)];
const rows = sizes.map(({ factor, entries, list, baseline }, i) => ({
  factor,
  entries: entries.length,
  items: entries.reduce((sum, e) => sum + e.cookies.length, 0),
  kakor: median(runs[i]),
  withDomain: median(domainRuns[i]),
  list: measure(list, names, lookups, baselineSeconds),
  listWithDomain: measure(list, names, lookups, baselineSeconds, domains),
  baseline: measure(baseline, names, lookups, baselineSeconds),
}));

const format = (n) => Math.round(n).toLocaleString('en-US');
const lines = [
  `Cookie matcher: ${format(lookups)} lookups per catalog size, median of ${String(rounds)} interleaved rounds (createListMatcher and the RegExp baseline: one round each, time-boxed to ${String(baselineSeconds)} s)`,
  `Machine: ${describeMachine()}`,
  '',
  '| catalog | entries | items | createMatcher names/s | ns/lookup | with domain ns/lookup | createListMatcher ns/lookup | with domain | RegExp list names/s | ns/lookup | createMatcher vs RegExp list | known share (name only / with domain / RegExp) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(({ factor, entries, items, kakor, withDomain, list, listWithDomain, baseline }) =>
    `| ${String(factor)}× | ${format(entries)} | ${format(items)} | ${format(kakor.perSecond)} | ${kakor.nsPerLookup.toFixed(0)} | ${withDomain.nsPerLookup.toFixed(0)} | ${list.nsPerLookup.toFixed(0)} | ${listWithDomain.nsPerLookup.toFixed(0)} | ${format(baseline.perSecond)} | ${baseline.nsPerLookup.toFixed(0)} | ${(kakor.perSecond / baseline.perSecond).toFixed(1)}× | ${(kakor.knownShare * 100).toFixed(1)}% / ${(withDomain.knownShare * 100).toFixed(1)}% / ${(baseline.knownShare * 100).toFixed(1)}% |`,
  ),
  '',
  `createMatcher cost per lookup, 100× catalog against 1×: ${(rows[2].kakor.nsPerLookup / rows[0].kakor.nsPerLookup).toFixed(2)}× by name, ${(rows[2].withDomain.nsPerLookup / rows[0].withDomain.nsPerLookup).toFixed(2)}× with a domain`,
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/matcher.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/matcher.md');
