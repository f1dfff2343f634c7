'use client';
import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => undefined;

/** `false` on the server and during hydration, `true` after: for what only the client may know. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
