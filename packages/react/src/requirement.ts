import { categoryDecision, optionalCategories, type ConsentSnapshot, type Site } from '@kakor/consent';
import type { Category, ProcessorId } from '@kakor/catalog';
import { useConsentSnapshot } from './context';

/** What a gate or a consent effect waits for: a category, or one processor of the site. */
export type ConsentRequirement =
  | {
      /** The category that must be allowed. */
      readonly category: Category;
      /** Not with `category`. */
      readonly processor?: never;
    }
  | {
      /** The processor that must be allowed for every category its items need. */
      readonly processor: ProcessorId;
      /** Not with `processor`. */
      readonly category?: never;
    };

// A processor may run when every category its items need is allowed for it (see useProcessor).
function processorAllowed(site: Site, snapshot: ConsentSnapshot, id: string): boolean {
  const entry = site.processors.find((candidate) => candidate.id === id);
  if (!entry) return false;
  const used = new Set<Category>(entry.cookies.map((item) => item.category));
  // An entry that declares no storage could still track; it needs every optional category.
  const needed = entry.cookies.length === 0 ? optionalCategories : [...used];
  return needed.every((category) => categoryDecision(site, snapshot.state, category, id, { gpc: snapshot.gpc }).allowed);
}

/** Whether a requirement is met now; re-renders on every consent change. */
export function useRequirement(requirement: ConsentRequirement, hook: string): boolean {
  const { context, snapshot } = useConsentSnapshot(hook);
  if (requirement.processor !== undefined) return processorAllowed(context.site, snapshot, requirement.processor);
  return categoryDecision(context.site, snapshot.state, requirement.category, undefined, { gpc: snapshot.gpc }).allowed;
}
