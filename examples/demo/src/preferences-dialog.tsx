import { optionalCategories, type OptionalCategory } from '@kakor/consent';
import { useConsent, useCookiePolicy } from '@kakor/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CatalogLocale } from '@kakor/catalog';
import { site } from './site';
import type { Texts } from './texts';

/** Categories and services, one checkbox each; a native dialog, so focus and Escape work. */
export function PreferencesDialog({ t, lang, open, onClose }: { t: Texts; lang: CatalogLocale; open: boolean; onClose: () => void }) {
  const { state, needsConsent, update } = useConsent();
  const { labels } = useCookiePolicy(lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const current = needsConsent ? undefined : state;
  const [categories, setCategories] = useState<Record<OptionalCategory, boolean>>({ preferences: false, analytics: false, marketing: false });
  const [processors, setProcessors] = useState<Record<string, boolean | undefined>>({});
  // Services that set only necessary cookies need no choice.
  const optional = site.processors.filter((entry) => entry.cookies.some((item) => item.category !== 'necessary'));
  const implied = (id: string): boolean =>
    optional.find((entry) => entry.id === id)?.cookies.every((item) => item.category === 'necessary' || categories[item.category]) ?? true;

  useEffect(() => {
    if (!open) return dialog.current?.close();
    setCategories({ preferences: false, analytics: false, marketing: false, ...current?.categories });
    setProcessors({ ...current?.processors });
    dialog.current?.showModal();
  }, [open]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    // A service's box only overrides its categories where it differs from them.
    update({ categories, processors: Object.fromEntries(optional.map((entry) => [entry.id, processors[entry.id] === undefined || processors[entry.id] === implied(entry.id) ? undefined : processors[entry.id]])) });
    onClose();
  };

  return (
    <dialog ref={dialog} aria-labelledby="dialog-title" onClose={onClose} onCancel={onClose}>
      <form onSubmit={save}>
        <h2 id="dialog-title">{t.dialogTitle}</h2>
        <fieldset>
          <legend>{t.categories}</legend>
          <label>
            <input type="checkbox" checked disabled /> {t.necessaryAlways}
          </label>
          {optionalCategories.map((category) => (
            <label key={category}>
              <input type="checkbox" name={category} checked={categories[category]} onChange={(event) => setCategories({ ...categories, [category]: event.target.checked })} />{' '}
              {labels.categories[category].title}
              <span className="hint">{labels.categories[category].description}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.processors}</legend>
          {optional.map((entry) => (
            <label key={entry.id}>
              <input type="checkbox" name={`processor-${entry.id}`} checked={processors[entry.id] ?? implied(entry.id)} onChange={(event) => setProcessors({ ...processors, [entry.id]: event.target.checked })} /> {entry.name}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" id="save-choices">
            {t.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
