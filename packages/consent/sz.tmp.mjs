import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
for (const names of [['defineSite'], ['decide'], ['encodeConsent','decodeConsent'], ['createConsentStore'], ['defineSite','decide','encodeConsent','decodeConsent','createConsentStore']]) {
  const r = await build({ stdin: { contents: `export { ${names} } from '@kakor/consent';`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  console.log(names.join('+'), r.outputFiles[0].text.length, gzipSync(r.outputFiles[0].text, { level: 9 }).length);
}
