// Bundles a typical Kakor import and comparable imports of other consent libraries in one run
// with the same esbuild settings, and reports minified and min+gzip -9 bytes.
// Prints figures; asserts nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { version as esbuildVersion } from 'esbuild';
import { bundleForBrowser } from '../test-utils/bundle.mjs';
import { describeMachine } from './machine.mjs';

// The same entry as packages/react/test/bundle.test.ts: five processors' text-free rules.
const site = `import { defineSite } from '@kakor/consent';
import { googleAnalytics, hubspot, meta, stripe, youtube } from '@kakor/catalog/rules';
export const site = defineSite({ processors: [googleAnalytics, hubspot, meta, stripe, youtube] });`;
const kakorReact = `export { ConsentProvider, useConsent, useCategory, ConsentGate } from '@kakor/react';`;

// `react: true` keeps React and react-dom external, as in an app that already ships them.
const rows = [
  { name: '@kakor/react typical', package: '@kakor/react', react: true, entry: `${site}\n${kakorReact}` },
  { name: '@kakor/react typical + clearBrowserStorage', package: '@kakor/react', react: true, entry: `${site}\nexport { clearBrowserStorage } from '@kakor/consent';\n${kakorReact}` },
  { name: '@kakor/consent core', package: '@kakor/consent', react: false, entry: `export { defineSite, decide, encodeConsent, decodeConsent, createConsentStore } from '@kakor/consent';` },
  { name: '@c15t/react headless', package: '@c15t/react', react: true, entry: `export { ConsentManagerProvider, useConsentManager } from '@c15t/react/headless';` },
  { name: 'vanilla-cookieconsent (UI included, CSS not)', package: 'vanilla-cookieconsent', react: false, entry: `export { run } from 'vanilla-cookieconsent';` },
  { name: 'klaro consent manager (no UI)', package: 'klaro', react: false, entry: `export { default as ConsentManager } from 'klaro/dist/cm';` },
  { name: 'react-cookie-consent', package: 'react-cookie-consent', react: true, entry: `export { default as CookieConsent } from 'react-cookie-consent';` },
];

/** The size budgets' setting (test-utils/bundle.mjs): esbuild --bundle --minify, ESM, browser. */
async function measure({ entry, react }) {
  // React external: subpaths such as react/jsx-runtime too.
  const { minified, gzipped } = await bundleForBrowser(entry, import.meta.dirname, react ? ['react', 'react-dom'] : []);
  return { minified, gzipped };
}

const versionOf = (name) =>
  name.startsWith('@kakor/') ? 'workspace' : JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const measured = [];
for (const row of rows) measured.push({ ...row, version: versionOf(row.package), ...(await measure(row)) });

const format = (n) => n.toLocaleString('en-US');
const lines = [
  `Bundle sizes: esbuild ${esbuildVersion} --bundle --minify --format=esm --platform=browser (React and react-dom external where marked), gzip -9 of the minified output`,
  `Machine: ${describeMachine()}`,
  '',
  '| bundle | version | React external | minified B | min+gzip B |',
  '| --- | --- | --- | ---: | ---: |',
  ...measured.map((row) => `| ${row.name} | ${row.version} | ${row.react ? 'yes' : 'no'} | ${format(row.minified)} | ${format(row.gzipped)} |`),
  '',
  'Kakor and @c15t/react/headless ship no markup or CSS. vanilla-cookieconsent\'s `run` brings its banner and preferences UI (its cookieconsent.css is a separate file, not counted); klaro/dist/cm is the consent manager without UI classes that Klaro\'s README offers; react-cookie-consent is one accept/decline banner component.',
  '',
  'Entries (the whole entry module of each bundle):',
  ...measured.flatMap((row) => ['', `${row.name}:`, '```js', row.entry, '```']),
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/bundle-sizes.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/bundle-sizes.md');
