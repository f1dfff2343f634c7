import { Option, type Command } from 'commander';
import type { CliIo } from '../io';
import type { ScanCommandOptions } from './scan-command';

/** Adds `kakor scan` to the program; `setExitCode` receives the command's exit code. */
export function registerScanCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('scan')
    .description('visit a site in a real Chromium in each consent state; record every cookie and storage key with who set it, classify them and compare them with the site definition')
    .argument('<url>', 'the start page, e.g. http://127.0.0.1:3000/')
    .option('--site <file>', 'the site definition to compare with (as `kakor policy --site` takes)')
    .option('--pages <n>', 'pages per state: the start page and same-origin links, breadth first', '10')
    .option('--states <list>', 'consent states to visit: first-visit,reject,accept', 'first-visit,reject,accept')
    .addOption(new Option('--format <format>', 'what to print').choices(['table', 'json', 'md', 'html']).default('table'))
    .option('--out <dir>', 'also write kakor-scan.json, kakor-scan.md and kakor-scan.html there')
    .option('--draft-site <file>', 'write a site definition (YAML) from what was seen, unknown items marked TODO')
    .option('--fail-on <list>', 'exit 1 when there are findings of these kinds: undeclared,violation')
    .option('--browser <path>', 'the Chromium or Chrome to drive (default: KAKOR_CHROMIUM, Playwright\'s cache, system paths)')
    .option('--timeout <seconds>', 'how long each page may take to load and go idle', '15')
    .option('--accept-selector <css>', "for a site without Kakor's consent endpoint: the banner's accept button, for the accept state")
    .option('--consent-endpoint <path>', "where Kakor's consent endpoint is looked for", '/kakor/consent')
    .action(async (url: string, options: ScanCommandOptions) => {
      // Loaded on use: playwright-core is heavy, and the other commands need none of it.
      const { scanCommand } = await import('./scan-command');
      setExitCode(await scanCommand(url, options, io));
    });
}
