import { Command, CommanderError } from 'commander';
import { classifyCommand } from './commands/classify-command';
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
    .action(async (dir: string | undefined, options: { json?: boolean }) => {
      exitCode = await validateCommand(dir, options, io);
    });

  program
    .command('classify')
    .description("name each cookie's processor, category, duration, party and storage, or `unknown`")
    .argument('[names...]', 'cookie or storage key names')
    .option('--json', 'print an array of objects')
    .option('--cookie-header <header>', 'classify every cookie in a Cookie header, e.g. "a=1; b=2"')
    .option('--catalog <dir>', 'classify against a catalog folder instead of the published catalog')
    .action(async (names: string[], options: { json?: boolean; cookieHeader?: string; catalog?: string }) => {
      exitCode = await classifyCommand(names, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}
