// Pages per minute of `kakor scan` on the demo shop: all three consent states, up to 10
// pages each, in Debian's Chromium (KAKOR_CHROMIUM overrides). Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { scanSite } from '@kakor/cli';
import { describeMachine } from './machine.mjs';

const rounds = 3;
const demoDir = fileURLToPath(new URL('../examples/demo/', import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const demo = spawn(process.execPath, [`${demoDir}node_modules/tsx/dist/cli.mjs`, 'server/start.ts'], { cwd: demoDir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  demo.stdout.on('data', (chunk) => String(chunk).includes('Kakor demo:') && resolve());
  demo.once('exit', (code) => reject(new Error(`the demo exited with ${code}; run \`pnpm build\` first`)));
});

const runs = [];
try {
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const report = await scanSite({ url: `http://127.0.0.1:${port}/`, pages: 10 });
    const seconds = (performance.now() - started) / 1000;
    const pages = report.states.reduce((sum, state) => sum + state.pages.length, 0);
    runs.push({ seconds, pages, perMinute: (pages / seconds) * 60 });
  }
} finally {
  demo.kill();
}

const median = [...runs].sort((a, b) => a.perMinute - b.perMinute)[Math.floor(runs.length / 2)];
const lines = [
  `kakor scan on the demo shop: 3 consent states, up to 10 pages each, one browser per scan (start-up included), ${rounds} runs`,
  `Machine: ${describeMachine()}`,
  '',
  '| run | pages | seconds | pages/minute |',
  '| --- | ---: | ---: | ---: |',
  ...runs.map((run, i) => `| ${i + 1} | ${run.pages} | ${run.seconds.toFixed(1)} | ${run.perMinute.toFixed(0)} |`),
  '',
  `median: ${median.perMinute.toFixed(0)} pages per minute`,
];
console.log(lines.join('\n'));
writeFileSync(new URL('results/scan.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('\nwritten to bench/results/scan.md');
