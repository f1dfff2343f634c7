import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: process.argv[2], resolveDir: process.cwd(), loader: 'tsx' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent', external: ['react', 'react-dom', 'react/jsx-runtime'], jsx: 'automatic',
  alias: { '@kakor/consent/policy': '../consent/src/policy/index.ts', '@kakor/consent': '../consent/src/index.ts', '@kakor/catalog': '../catalog/src/index.ts', '@kakor/react': './src/index.ts' } });
const code = r.outputFiles[0].text;
console.log('total', code.length, 'gz', gzipSync(code, { level: 9 }).length);
const out = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) if (v.bytesInOutput) console.log(v.bytesInOutput, k);
