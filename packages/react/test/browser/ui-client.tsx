// Hydrates the server's render of the UI test page with the props it embedded.
import { hydrateRoot } from 'react-dom/client';
import { UiPage, type UiPageProps } from './ui-page';

const props = JSON.parse(document.getElementById('props')?.textContent ?? '{}') as UiPageProps;
hydrateRoot(document.getElementById('root') as HTMLElement, <UiPage {...props} />);
