#!/usr/bin/env node
// Fails when files under catalog/ changed since a base ref but no new .changeset/*.md file
// releases @kakor/catalog: the catalog releases on its own, so each data change needs its
// own changelog line. Usage: node scripts/check-catalog-changeset.mjs [base-ref]
// (or BASE_REF=origin/main); the default is origin/main.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const name = 'check-catalog-changeset';
const baseRef = process.argv[2] || process.env.BASE_REF || 'origin/main';

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const paths = (output) => output.split('\0').filter(Boolean);

function fail(code, message) {
  process.stderr.write(`${name}: ${message}\n`);
  process.exit(code);
}

/** Whether a changeset's front matter gives @kakor/catalog a bump (a mention in the text does not count). */
function releasesCatalog(text) {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return frontMatter !== null && /^\s*(['"]?)@kakor\/catalog\1\s*:\s*(patch|minor|major)\s*$/m.test(frontMatter[1]);
}

let root;
try {
  root = git(['rev-parse', '--show-toplevel'], process.cwd()).trim();
} catch {
  fail(2, 'not inside a git repository; run it from the Kakor repository');
}

let mergeBase;
try {
  mergeBase = git(['merge-base', baseRef, 'HEAD'], root).trim();
} catch (error) {
  const reason = String(error.stderr ?? '').trim().split('\n')[0] || 'no common ancestor';
  fail(2, `cannot compare with the base ref "${baseRef}" (${reason}); fetch it first (e.g. \`git fetch origin main\`), or pass another ref as the first argument or in BASE_REF`);
}

// Against the working tree, so it also works before committing; untracked files count too.
const untracked = paths(git(['ls-files', '--others', '--exclude-standard', '-z'], root));
const changed = [...paths(git(['diff', '--name-only', '--no-renames', '-z', mergeBase], root)), ...untracked];
const catalogChanges = [...new Set(changed.filter((file) => file.startsWith('catalog/')))].sort();
if (catalogChanges.length === 0) {
  console.log(`${name}: no files under catalog/ changed since ${baseRef}`);
  process.exit(0);
}

const isChangeset = (file) => /^\.changeset\/[^/]+\.md$/.test(file) && file !== '.changeset/README.md';
const added = paths(git(['diff', '--name-only', '--no-renames', '--diff-filter=A', '-z', mergeBase], root));
const newChangesets = [...new Set([...added, ...untracked].filter(isChangeset))].sort();
const releasing = newChangesets.filter((file) => releasesCatalog(readFileSync(join(root, file), 'utf8')));
if (releasing.length > 0) {
  console.log(`${name}: ${String(catalogChanges.length)} catalog file(s) changed; released by ${releasing.join(', ')}`);
  process.exit(0);
}

const others = newChangesets.length > 0 ? `\nThe new changesets (${newChangesets.join(', ')}) release other packages only.` : '';
fail(
  1,
  `files under catalog/ changed since ${baseRef}, but no new changeset releases @kakor/catalog:
${catalogChanges.map((file) => `  ${file}`).join('\n')}${others}
The catalog releases on its own: run \`pnpm changeset\`, choose @kakor/catalog (patch for a corrected fact, minor for new entries or items), write a sentence for the changelog, and commit the new .changeset/*.md file.`,
);
