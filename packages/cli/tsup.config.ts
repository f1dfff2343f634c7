import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __KAKOR_CLI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  packageBuild({ entry: ['src/index.ts'], define }),
  packageBuild({ entry: ['src/bin.ts'], format: ['esm'], dts: false, clean: false, define }),
]);
