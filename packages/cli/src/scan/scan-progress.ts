import { createSpinner } from 'nanospinner';
import type { ScanStateName } from './scan-report';

/** Progress of a scan on stderr: a spinner when stderr is a terminal, nothing otherwise. */
export interface ScanProgress {
  /** Shows the page about to be visited. */
  readonly onPage: (state: ScanStateName, index: number, url: string) => void;
  /** Removes the spinner. */
  readonly stop: () => void;
}

/** A spinner naming the state and page, on stderr only when it is a terminal. */
export function scanProgress(maxPages: number, stream: NodeJS.WriteStream = process.stderr): ScanProgress {
  if (stream.isTTY !== true) return { onPage: () => undefined, stop: () => undefined };
  const spinner = createSpinner('starting the browser', { stream }).start();
  return {
    onPage: (state, index, url) => void spinner.update({ text: `${state}: page ${String(index + 1)} of up to ${String(maxPages)}  ${url}` }),
    stop: () => void spinner.clear().stop(),
  };
}
