export { validateCatalogDir, validateCatalogSources, type CatalogSourceFile, type CatalogValidation } from './load';
export { formatProblem, type CatalogProblem } from './problem';
export { isPlaceholder } from './placeholders';
