import { resolve } from 'node:path';
import type { CatalogLocale } from '@kakor/catalog';
import { cookiePolicy } from '@kakor/consent/policy';
import type { CliIo } from '../io';
import { renderPolicyHtml } from '../policy/render-html';
import { renderPolicyMarkdown } from '../policy/render-markdown';
import { loadSiteFile, SiteFileError } from '../policy/site-file';

/** Options of `kakor policy`. */
export interface PolicyOptions {
  readonly site: string;
  readonly lang: CatalogLocale;
  readonly format: 'md' | 'html' | 'json';
  /** Names the provider of the site's own cookies; the site file's `owner` by default. */
  readonly owner?: string;
}

/** `kakor policy --site FILE --lang en|sv|nb --format md|html|json`: the site's cookie and sub-processor tables; returns the exit code. */
export async function policyCommand(options: PolicyOptions, io: CliIo): Promise<number> {
  let loaded;
  try {
    loaded = await loadSiteFile(resolve(io.cwd, options.site), options.site);
  } catch (error) {
    if (!(error instanceof SiteFileError)) throw error;
    io.stderr(`kakor policy: ${error.message.replace(/\n/g, '\nkakor policy: ')}\n`);
    return 1;
  }
  const owner = options.owner ?? loaded.owner;
  const policy = cookiePolicy(loaded.site, options.lang, owner === undefined ? {} : { owner });
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ locale: policy.locale, sections: policy.sections, processors: policy.processors }, null, 2)}\n`);
  } else io.stdout(options.format === 'html' ? renderPolicyHtml(policy) : renderPolicyMarkdown(policy));
  return 0;
}
