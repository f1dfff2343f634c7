import type { EntryKind } from '@kakor/catalog';
import { Command, CommanderError, Option } from 'commander';
import { classifyCommand } from './commands/classify-command';
import { diffCommand } from './commands/diff-command';
import { newCommand } from './commands/new-command';
import { policyCommand, type PolicyOptions } from './commands/policy-command';
import { registerScanCommand } from './commands/register-scan-command';
import { registerRecordsCommand } from './commands/records-command';
import { validateCommand } from './commands/validate-command';
import type { CliIo } from './io';

declare const __KAKOR_CLI_VERSION__: string | undefined;

/** Runs `kakor` with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('kakor')
    .description('Kakor: one open catalog of cookies and data processors, and the tools that enforce consent with it.')
    .version(typeof __KAKOR_CLI_VERSION__ === 'string' ? __KAKOR_CLI_VERSION__ : '0.0.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run `kakor --help` for usage)');

  program
    .command('validate')
    .description('check catalog YAML files: every problem at once, as file:line:column field: message')
    .argument('[dir]', 'the catalog folder (holding processors/), or a folder of .yaml files', undefined)
    .option('--json', 'print the problems as JSON')
    .option('--report', "print, per entry, the share of facts confirmed from the vendor's own material")
    .action(async (dir: string | undefined, options: { json?: boolean; report?: boolean }) => {
      exitCode = await validateCommand(dir, options, io);
    });

  program
    .command('classify')
    .description("name each cookie's processor, category, duration, party and storage, or `unknown`")
    .argument('[names...]', 'cookie or storage key names')
    .option('--json', 'print an array of objects')
    .option('--cookie-header <header>', 'classify every cookie in a Cookie header, e.g. "a=1; b=2"')
    .option('--catalog <dir>', 'classify against a catalog folder instead of the published catalog')
    .option('--domain <domain>', 'the domain the cookies were set on (e.g. ad.doubleclick.net): matches items bound to it, such as third-party IDs')
    .action(async (names: string[], options: { json?: boolean; cookieHeader?: string; catalog?: string; domain?: string }) => {
      exitCode = await classifyCommand(names, options, io);
    });

  program
    .command('new')
    .description('start a catalog entry: writes catalog/processors/<id>.yaml with placeholders marked TODO that pass `kakor validate`')
    .argument('<id>', 'the kebab-case id, e.g. "acme-analytics"; also the file name')
    .addOption(new Option('--kind <kind>', 'processor (a company that processes visitors\' data) or technology (software on the site\'s own domain)').choices(['processor', 'technology']).default('processor'))
    .option('--dir <dir>', 'the catalog folder (holding processors/), or a folder of .yaml files', 'catalog')
    .action(async (id: string, options: { kind: EntryKind; dir: string }) => {
      exitCode = await newCommand(id, options, io);
    });

  program
    .command('diff')
    .description('what changed between two catalog.json files: added, removed and changed entries and items, as Markdown release notes')
    .argument('<old>', 'the earlier catalog.json')
    .argument('<new>', 'the later catalog.json')
    .option('--json', 'print the changes as JSON')
    .action(async (oldFile: string, newFile: string, options: { json?: boolean }) => {
      exitCode = await diffCommand(oldFile, newFile, options, io);
    });

  program
    .command('policy')
    .description("write a site's cookie tables per category and its sub-processor table, from the catalog")
    .requiredOption('--site <file>', 'the site definition: JSON or YAML (processor ids and own cookies), or a module exporting `site` from defineSite')
    .addOption(new Option('--lang <lang>', 'the language').choices(['en', 'sv', 'nb']).default('en'))
    .addOption(new Option('--format <format>', 'Markdown, an HTML fragment, or JSON rows').choices(['md', 'html', 'json']).default('md'))
    .option('--owner <name>', "the provider named for the site's own cookies (default: the site file's owner, else \"This website\")")
    .action(async (options: PolicyOptions) => {
      exitCode = await policyCommand(options, io);
    });

  registerScanCommand(program, io, (code) => (exitCode = code));
  registerRecordsCommand(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}
