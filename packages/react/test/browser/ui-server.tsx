// The server half of the UI browser test, bundled by esbuild from the built package so the
// server render uses the same modules as the browser.
import { renderToString } from 'react-dom/server';
import { UiPage, type UiPageProps } from './ui-page';

/** The page's markup for a request. */
export function renderUiPage(props: UiPageProps): string {
  return renderToString(<UiPage {...props} />);
}
