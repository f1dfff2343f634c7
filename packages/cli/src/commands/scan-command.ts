import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { CliIo } from '../io';
import { draftSiteYaml } from '../scan/draft-site';
import { renderScanHtml } from '../scan/render-scan-html';
import { renderScanMarkdown } from '../scan/render-scan-markdown';
import { renderScanText } from '../scan/render-scan-text';
import type { Finding, ScanStateName } from '../scan/scan-report';
import { ScanError } from '../scan/scan-error';
import { scanProgress } from '../scan/scan-progress';
import { allScanStates, scanSite } from '../scan/scan-site';

/** Options of `kakor scan`, as commander parses them. */
export interface ScanCommandOptions {
  readonly site?: string;
  readonly pages: string;
  readonly states: string;
  readonly format: 'table' | 'json' | 'md' | 'html';
  readonly out?: string;
  readonly draftSite?: string;
  readonly failOn?: string;
  readonly browser?: string;
  readonly timeout: string;
  readonly acceptSelector?: string;
  readonly consentEndpoint: string;
}

const failKinds = ['undeclared', 'violation'] as const;

function listOption<T extends string>(flag: string, value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const wrong = items.find((item) => !allowed.includes(item as T));
  if (wrong !== undefined) throw new ScanError('usage', `${flag}: "${wrong}" is not one of ${allowed.join(', ')}`);
  return items as T[];
}

function numberOption(flag: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new ScanError('usage', `${flag} expects a number, received "${value}"`);
  return number;
}

/** `kakor scan URL …`: scans, prints and writes the reports; returns 0, 1 (findings named by --fail-on) or 2 (could not scan). */
export async function scanCommand(url: string, options: ScanCommandOptions, io: CliIo): Promise<number> {
  const progress = scanProgress(Number(options.pages) || 10);
  try {
    const states = listOption<ScanStateName>('--states', options.states, allScanStates);
    const failOn = options.failOn === undefined ? [] : listOption<Finding['kind']>('--fail-on', options.failOn, failKinds);
    const report = await scanSite({
      url,
      states,
      pages: numberOption('--pages', options.pages),
      timeoutSeconds: numberOption('--timeout', options.timeout),
      cwd: io.cwd,
      endpointPath: options.consentEndpoint,
      onPage: progress.onPage,
      ...(options.site !== undefined && { site: options.site }),
      ...(options.browser !== undefined && { browser: options.browser }),
      ...(options.acceptSelector !== undefined && { acceptSelector: options.acceptSelector }),
    });
    progress.stop();
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const rendered = { table: () => renderScanText(report, io.color), json: () => json, md: () => renderScanMarkdown(report), html: () => renderScanHtml(report) };
    io.stdout(rendered[options.format]());
    if (options.out !== undefined) {
      const dir = resolve(io.cwd, options.out);
      await mkdir(dir, { recursive: true });
      await Promise.all([writeFile(join(dir, 'kakor-scan.json'), json), writeFile(join(dir, 'kakor-scan.md'), renderScanMarkdown(report)), writeFile(join(dir, 'kakor-scan.html'), renderScanHtml(report))]);
      io.stderr(`kakor scan: wrote kakor-scan.json, kakor-scan.md and kakor-scan.html to ${options.out}\n`);
    }
    if (options.draftSite !== undefined) {
      const file = resolve(io.cwd, options.draftSite);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, draftSiteYaml(report));
      io.stderr(`kakor scan: wrote a draft site definition to ${options.draftSite}; replace its TODOs\n`);
    }
    const failing = report.findings.filter((finding) => (failOn as readonly string[]).includes(finding.kind));
    if (failing.length > 0) {
      io.stderr(`kakor scan: ${String(failing.length)} finding(s) named by --fail-on ${failOn.join(',')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    progress.stop();
    if (!(error instanceof ScanError)) throw error;
    io.stderr(`kakor scan: ${error.message.replace(/\n/g, '\nkakor scan: ')}\n`);
    return 2;
  }
}
