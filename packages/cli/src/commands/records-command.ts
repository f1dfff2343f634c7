import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConsentLog } from '@kakor/records';
import { Option, type Command } from 'commander';
import type { CliIo } from '../io';

/** Options of `kakor records export`. */
export interface RecordsExportOptions {
  readonly database: string;
  readonly since?: string;
  readonly until?: string;
  readonly format: 'jsonl' | 'csv';
  /** Report progress on stderr; on by default when stderr is a terminal. */
  readonly progress?: boolean;
}

/** Options of `kakor records purge`. */
export interface RecordsPurgeOptions {
  readonly database: string;
  readonly olderThan?: string;
  readonly retentionYears?: string;
  readonly progress?: boolean;
}

class UsageError extends Error {}

function parseTime(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${flag} must be a date such as 2026-01-31 or 2026-01-31T12:00:00Z, found ${JSON.stringify(value)}`);
  return date;
}

const showProgress = (option: boolean | undefined) => option ?? process.stderr.isTTY;

async function withLog<T>(name: string, database: string, io: CliIo, work: (log: ConsentLog) => Promise<T>, retentionYears?: number): Promise<number> {
  const isUrl = /^postgres(ql)?:\/\//i.test(database);
  // A mistyped directory must not become a new, empty PGlite database.
  if (!isUrl && !existsSync(join(resolve(io.cwd, database), 'PG_VERSION'))) {
    io.stderr(`kakor records ${name}: no consent log at ${database}: pass a postgres:// URL, or the directory a PGlite consent log was created in\n`);
    return 1;
  }
  const { ConsentLogError, createConsentLog } = await import('@kakor/records');
  const log = createConsentLog({ database: isUrl ? database : resolve(io.cwd, database), ...(retentionYears === undefined ? {} : { retentionYears }) });
  try {
    await work(log);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kakor records ${name}: ${error.message}\n`);
      return 2;
    }
    if (!(error instanceof ConsentLogError)) throw error;
    io.stderr(`kakor records ${name}: ${error.message}\n`);
    return 1;
  } finally {
    await log.close();
  }
}

/** `kakor records export`: streams the consent log as JSON Lines or CSV to stdout; returns the exit code. */
export function recordsExportCommand(options: RecordsExportOptions, io: CliIo): Promise<number> {
  return withLog('export', options.database, io, async (log) => {
    const since = parseTime(options.since, '--since');
    const until = parseTime(options.until, '--until');
    const progress = showProgress(options.progress);
    let rows = 0;
    const stream = log.export({
      format: options.format,
      ...(since === undefined ? {} : { since }),
      ...(until === undefined ? {} : { until }),
      onProgress: (written) => {
        rows = written;
        if (progress) io.stderr(`\rexported ${written.toLocaleString('en-US')} rows…`);
      },
    });
    for await (const chunk of stream) io.stdout(String(chunk));
    if (progress) io.stderr(`\rexported ${rows.toLocaleString('en-US')} rows.   \n`);
  });
}

/** `kakor records purge`: applies the retention period; returns the exit code. */
export function recordsPurgeCommand(options: RecordsPurgeOptions, io: CliIo): Promise<number> {
  const years = options.retentionYears === undefined ? undefined : Number(options.retentionYears);
  if (years !== undefined && !(Number.isInteger(years) && years >= 0)) {
    io.stderr(`kakor records purge: --retention-years must be a whole number of years, found ${JSON.stringify(options.retentionYears)}\n`);
    return Promise.resolve(2);
  }
  return withLog(
    'purge',
    options.database,
    io,
    async (log) => {
      const progress = showProgress(options.progress);
      const result = await log.purge({
        ...(options.olderThan === undefined ? {} : { olderThan: options.olderThan }),
        onProgress: (deleted) => {
          if (progress) io.stderr(`\rremoved ${deleted.toLocaleString('en-US')} rows…`);
        },
      });
      if (progress && result.deleted > 0) io.stderr('\n');
      const rule = options.olderThan === undefined ? 'whose consent lapsed before' : 'recorded before';
      io.stdout(`removed ${result.deleted.toLocaleString('en-US')} rows ${rule} ${result.cutoff.toISOString()}; consents still in force were kept\n`);
    },
    years,
  );
}

const databaseHelp = 'the consent log: a postgres:// URL, or a PGlite directory';

/** Adds `kakor records export|purge` to the program. */
export function registerRecordsCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  const records = program.command('records').description('the proof-of-consent log of @kakor/records: export it for an auditor, purge it past its retention period');
  records
    .command('export')
    .description('stream the consent log to stdout as JSON Lines or CSV, oldest first')
    .requiredOption('--database <url>', databaseHelp)
    .option('--since <date>', 'only rows recorded at or after this date (ISO 8601)')
    .option('--until <date>', 'only rows recorded before this date (ISO 8601)')
    .addOption(new Option('--format <format>', 'JSON Lines or CSV').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--progress', 'report progress on stderr (the default when stderr is a terminal)')
    .option('--no-progress', 'never report progress')
    .action(async (options: RecordsExportOptions) => {
      setExitCode(await recordsExportCommand(options, io));
    });
  records
    .command('purge')
    .description("remove rows past the retention period; a consent still in force is never removed")
    .requiredOption('--database <url>', databaseHelp)
    .option('--older-than <duration>', 'remove rows recorded longer ago than this ISO 8601 duration, e.g. P3Y (default: rows whose consent lapsed more than --retention-years ago)')
    .option('--retention-years <years>', 'years a row is kept after its consent lapses, without --older-than', '3')
    .option('--progress', 'report progress on stderr (the default when stderr is a terminal)')
    .option('--no-progress', 'never report progress')
    .action(async (options: RecordsPurgeOptions) => {
      setExitCode(await recordsPurgeCommand(options, io));
    });
}
