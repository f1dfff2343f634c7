import type { ReactNode } from 'react';
import { useRequirement, type ConsentRequirement } from './requirement';

/** Props of {@link ConsentGate}. */
export type ConsentGateProps = ConsentRequirement & {
  /** Rendered while consent is missing, e.g. a placeholder with a button that opens the preferences. */
  readonly fallback?: ReactNode;
  /** Rendered once consent allows the requirement. */
  readonly children?: ReactNode;
};

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
