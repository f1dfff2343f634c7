import { build } from 'esbuild';
const r = await build({ stdin: { contents: process.argv[2], resolveDir: process.cwd(), loader: 'tsx' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', external: ['react', 'react-dom', 'react/jsx-runtime'], jsx: 'automatic',
  alias: { '@kakor/consent/policy': '../consent/src/policy/index.ts', '@kakor/consent': '../consent/src/index.ts', '@kakor/catalog': '../catalog/src/index.ts', '@kakor/react': './src/index.ts' } });
console.log(r.outputFiles[0].text);
