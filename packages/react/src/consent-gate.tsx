import type { ReactNode } from 'react';
import type { Category, ProcessorId } from '@kakor/catalog';
import { categoryDecision } from '@kakor/consent';
import { useConsentSnapshot } from './context';
import { processorAllowed } from './hooks';

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

/** Props of {@link ConsentGate}. */
export type ConsentGateProps = ConsentRequirement & {
  /** Rendered while consent is missing, e.g. a placeholder with a button that opens the preferences. */
  readonly fallback?: ReactNode;
  /** Rendered once consent allows the requirement. */
  readonly children?: ReactNode;
};

/** Whether a requirement is met now; re-renders on every consent change. */
export function useRequirement(requirement: ConsentRequirement, hook: string): boolean {
  const { context, snapshot } = useConsentSnapshot(hook);
  if (requirement.processor !== undefined) return processorAllowed(context.site, snapshot, requirement.processor);
  return categoryDecision(context.site, snapshot.state, requirement.category, undefined, { gpc: snapshot.gpc }).allowed;
}

/**
 * Renders its children only while a category or processor is allowed; the fallback otherwise.
 *
 * @example
 * <ConsentGate processor="youtube" fallback={<p>Accept marketing cookies to watch the video.</p>}>
 *   <iframe src="https://www.youtube.com/embed/…" title="Video" />
 * </ConsentGate>
 */
export function ConsentGate(props: ConsentGateProps): ReactNode {
  const allowed = useRequirement(props, 'ConsentGate');
  return allowed ? props.children : (props.fallback ?? null);
}
