export { validateCatalogDir, validateCatalogSources, type CatalogSourceFile, type CatalogValidation } from './load';
export { formatProblem, type CatalogProblem } from './problem';
export { isPlaceholder } from './placeholders';
export { catalogProvenance, entryProvenance, formatShare, renderUnverifiedMarkdown, type CatalogProvenance, type EntryProvenance, type UnconfirmedItem } from './provenance';
