import { useMemo } from 'react';
import { useConsentSnapshot } from './context';

/** What a visitor can show to ask about their consent: the id the site's consent log keeps, and when it was given. */
export interface ConsentReceipt {
  /** The consent's id; the site finds it with `log.find(id)` from `@kakor/records`. */
  readonly id: string;
  /** When the visitor gave it. */
  readonly givenAt: Date;
}

/**
 * The receipt of the current consent, or `null` before the visitor has chosen. When consent is
 * recorded through the server's consent endpoint, the id is the one in the site's consent log.
 *
 * @example
 * const receipt = useConsentReceipt();
 * if (receipt) return <p>Consent {receipt.id}, given {receipt.givenAt.toLocaleString()}</p>;
 */
export function useConsentReceipt(): ConsentReceipt | null {
  const { snapshot } = useConsentSnapshot('useConsentReceipt');
  const id = snapshot.state?.id;
  const givenAt = snapshot.state?.givenAt;
  return useMemo(() => (id === undefined || givenAt === undefined ? null : { id, givenAt: new Date(givenAt) }), [id, givenAt]);
}
