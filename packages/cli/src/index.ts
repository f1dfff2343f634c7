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
export { allScanStates, scanSite, type ScanOptions } from './scan/scan-site';
export { findBrowser, type BrowserSearch } from './scan/find-browser';
export { ScanError, type ScanErrorCode } from './scan/scan-error';
export { draftSiteYaml } from './scan/draft-site';
export type {
  Finding,
  ItemClassification,
  ScannedItem,
  ScannedPage,
  ScannedStorage,
  ScanReport,
  ScanStateName,
  Setter,
  SkippedState,
  StateReport,
  UnknownItem,
} from './scan/scan-report';
