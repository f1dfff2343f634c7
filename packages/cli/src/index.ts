export { classifyNames, type Classification, type ClassifyNamesOptions } from './classify';
export {
  diffCatalogs,
  type CatalogDiff,
  type EntryChange,
  type EntrySummary,
  type FieldChange,
  type ItemChange,
  type ItemSummary,
} from './diff/diff-catalogs';
export { runCli } from './main';
export type { CliIo } from './io';
