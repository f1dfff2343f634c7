'use client';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { CatalogLocale, Category, CookieRule, MatchableEntry } from '@kakor/catalog';
import { optionalCategories, type ConsentState, type OptionalCategory } from '@kakor/consent';
import type { CookiePolicy, CookieRow } from '@kakor/consent/policy';
import { useConsent } from '../hooks';
import type { ConsentChoiceKind } from './consent-banner';
import { onOpenPreferences } from './open-preferences';
import { rootClass, textsOf, type ConsentTexts, type ConsentUiProps } from './texts';

/** Props of {@link ConsentPreferences}. */
export interface ConsentPreferencesProps extends ConsentUiProps {
  /** The cookie policy page; the dialog links to it when given. */
  readonly policyUrl?: string;
  /**
   * The cookie details per processor: the site's policy rows (`cookiePolicy(site, locale)` from
   * `@kakor/consent/policy`, which needs the full catalog entries), or a function that loads
   * them the first time the dialog opens in the texts' locale, e.g. with a dynamic `import()`, so the
   * texts reach the browser only when a visitor asks for them. Without it the dialog lists
   * each processor's cookie names from the site definition.
   */
  readonly policy?: CookiePolicy | ((locale: CatalogLocale) => Promise<CookiePolicy>);
  /** Whether each category lists its processors with a switch each; `true` by default. */
  readonly showProcessors?: boolean;
  /** Whether each processor lists its cookies; `true` by default. */
  readonly showCookies?: boolean;
  /** Called after every choice made in the dialog, with the stored consent. */
  readonly onChange?: (state: ConsentState, kind: ConsentChoiceKind) => void;
}

interface Draft {
  readonly categories: Record<OptionalCategory, boolean>;
  readonly processors: Partial<Record<string, boolean>>;
}

const noneGranted: Record<OptionalCategory, boolean> = { preferences: false, analytics: false, marketing: false };
// What the dialog itself renders that takes focus: it holds nothing else (no disabled controls, no tabindex).
const focusable = 'a,button,input,summary';

// The optional categories a processor's items need; one that declares none could still track.
function neededCategories(entry: MatchableEntry): OptionalCategory[] {
  if (entry.cookies.length === 0) return [...optionalCategories];
  return optionalCategories.filter((category) => entry.cookies.some((item) => item.category === category));
}

// A processor is listed once, under the most far-reaching category it needs.
function homeCategory(entry: MatchableEntry): Category {
  return neededCategories(entry).at(-1) ?? 'necessary';
}

function cookieName(item: CookieRule): string {
  return item.name ?? item.pattern ?? '';
}

function CookieList({ rows, names, label }: { rows: readonly CookieRow[] | undefined; names: readonly string[]; label: string }): ReactNode {
  if (names.length === 0 && !rows?.length) return null;
  return (
    <details className="kakor-cookies">
      <summary>
        {label} ({rows?.length ?? names.length})
      </summary>
      <ul>
        {rows
          ? rows.map((row) => (
              <li key={`${row.name}/${row.storage}`}>
                <code>{row.name}</code> · {row.durationText} · {row.storageText}
                <br />
                {row.purpose}
              </li>
            ))
          : names.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
      </ul>
    </details>
  );
}

// The policy rows, and whether a loader is still at work for this locale.
function usePolicy(source: ConsentPreferencesProps['policy'], locale: CatalogLocale, open: boolean): { readonly policy?: CookiePolicy | undefined; readonly loading: boolean } {
  // `policy` stays undefined when the loader failed: the dialog then lists cookie names only.
  const [loaded, setLoaded] = useState<{ readonly locale: CatalogLocale; readonly policy?: CookiePolicy }>();
  const load = typeof source === 'function' ? source : undefined;
  const loadedLocale = loaded?.locale;
  // Runs again on `!load`, not on `load`: an inline loader is a new function on every render.
  useEffect(() => {
    if (!open || !load || loadedLocale === locale) return undefined;
    let live = true;
    load(locale).then(
      (policy) => {
        if (live) setLoaded({ locale, policy });
      },
      (error: unknown) => {
        console.error('ConsentPreferences: the `policy` loader failed; listing cookie names only.', error);
        if (live) setLoaded({ locale });
      },
    );
    return () => {
      live = false;
    };
  }, [open, locale, !load, loadedLocale]);
  if (!load) return { policy: source as CookiePolicy | undefined, loading: false };
  return loadedLocale === locale ? { policy: loaded?.policy, loading: false } : { loading: true };
}

/**
 * The preferences dialog: a labelled modal `<dialog>` with a switch per optional category and
 * per processor (with its cookies), necessary shown as always on, accept all, reject all and
 * save as equal buttons, and a link to the policy. No optional switch starts on for a visitor
 * who has not chosen; with Global Privacy Control the dialog says so and marketing stays off
 * unless switched on here. Once the visitor has chosen, it shows their receipt: the consent's
 * id and when it was given (as `useConsentReceipt` gives them). Focus moves in, is kept inside,
 * and returns to the opener; Esc closes. Mount it once; `<ConsentBanner>`,
 * `<ConsentSettingsButton>` and `openConsentPreferences()` open it.
 *
 * @example
 * <ConsentPreferences texts={consentTextsNb} policyUrl="/cookies" policy={(locale) => import('./policy').then((m) => m.policyFor(locale))} />
 */
export function ConsentPreferences(props: ConsentPreferencesProps): ReactNode {
  const { site, state, needsConsent, gpc, acceptAll, rejectAll, update } = useConsent();
  const t: ConsentTexts = textsOf(props, 'ConsentPreferences');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>({ categories: noneGranted, processors: {} });
  const { policy, loading } = usePolicy(props.policy, t.locale, open);
  const current = needsConsent ? null : state;

  useEffect(
    () =>
      onOpenPreferences((from) => {
        opener.current = from;
        setOpen(true);
      }),
    [],
  );
  useEffect(() => {
    const element = dialog.current;
    if (!open || !element || element.open) return;
    setDraft({ categories: current?.categories ?? noneGranted, processors: { ...current?.processors } });
    element.showModal();
  }, [open]); // the draft starts from the consent at the moment the dialog opens

  const onClose = () => {
    setOpen(false);
    const target = opener.current;
    opener.current = null;
    // The banner's button is gone once a choice is stored; the settings button takes focus then.
    const next = target instanceof HTMLElement && target.isConnected ? target : document.querySelector<HTMLElement>('.kakor-settings-button');
    next?.focus();
  };
  const finish = (kind: ConsentChoiceKind, make: () => ConsentState) => {
    const stored = make();
    props.onChange?.(stored, kind);
    dialog.current?.close();
  };
  const implied = (entry: MatchableEntry) => neededCategories(entry).every((category) => draft.categories[category]);
  const save = (event: FormEvent) => {
    event.preventDefault();
    // A processor's switch is an override only where it differs from its categories.
    const processors = Object.fromEntries(
      site.processors.map((entry) => {
        const choice = draft.processors[entry.id];
        return [entry.id, choice === undefined || choice === implied(entry) ? undefined : choice];
      }),
    );
    finish('save', () => update({ categories: draft.categories, processors, locale: t.locale }));
  };
  // Keeps Tab inside the dialog rather than letting it reach the browser's toolbar.
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(focusable)).filter((item) => item.getClientRects().length > 0);
    const first = items[0];
    const last = items.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const rowsOf = (processorId: string | undefined, category: Category) =>
    policy?.sections.flatMap((section) => section.rows.filter((row) => row.processorId === processorId && (processorId !== undefined || row.category === category)));
  const nameOf = (entry: MatchableEntry) => rowsOf(entry.id, 'necessary')?.[0]?.provider ?? (entry as { readonly name?: string }).name ?? entry.id;
  const showProcessors = props.showProcessors !== false;
  const showCookies = props.showCookies !== false;

  const category = (name: Category): ReactNode => {
    const title = t[`${name}Title`];
    const description = t[`${name}Description`];
    const processors = site.processors.filter((entry) => homeCategory(entry) === name);
    const ownRows = rowsOf(undefined, name) ?? [];
    return (
      <section key={name} className="kakor-category" aria-labelledby={`${id}-${name}`}>
        <div className="kakor-row">
          <h3 className="kakor-category-title" id={`${id}-${name}`}>
            {title}
          </h3>
          {name === 'necessary' ? (
            <span className="kakor-always-on">{t.alwaysOn}</span>
          ) : (
            <input
              type="checkbox"
              role="switch"
              className="kakor-switch"
              name={name}
              aria-labelledby={`${id}-${name}`}
              aria-describedby={`${id}-${name}-text`}
              checked={draft.categories[name]}
              onChange={(event) => setDraft({ ...draft, categories: { ...draft.categories, [name]: event.target.checked } })}
            />
          )}
        </div>
        <p className="kakor-text" id={`${id}-${name}-text`}>
          {description}
        </p>
        {showProcessors && (processors.length > 0 || ownRows.length > 0) && (
          <ul className="kakor-processors">
            {processors.map((entry) => (
              <li key={entry.id} className="kakor-processor">
                <div className="kakor-row">
                  <label htmlFor={`${id}-p-${entry.id}`}>{nameOf(entry)}</label>
                  {name === 'necessary' ? (
                    <span className="kakor-always-on">{t.alwaysOn}</span>
                  ) : (
                    <input
                      type="checkbox"
                      role="switch"
                      className="kakor-switch"
                      id={`${id}-p-${entry.id}`}
                      name={`processor-${entry.id}`}
                      checked={draft.processors[entry.id] ?? implied(entry)}
                      onChange={(event) => setDraft({ ...draft, processors: { ...draft.processors, [entry.id]: event.target.checked } })}
                    />
                  )}
                </div>
                {showCookies && <CookieList rows={rowsOf(entry.id, name)} names={entry.cookies.map(cookieName)} label={t.cookies} />}
              </li>
            ))}
            {ownRows.length > 0 && (
              <li className="kakor-processor">
                <div className="kakor-row">{ownRows[0]?.provider}</div>
                {showCookies && <CookieList rows={ownRows} names={[]} label={t.cookies} />}
              </li>
            )}
          </ul>
        )}
      </section>
    );
  };

  return (
    <dialog ref={dialog} lang={t.locale} className={rootClass(props, 'kakor-dialog')} aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`} onClose={onClose} onKeyDown={trapTab}>
      {open && (
        <form className="kakor-form" onSubmit={save}>
          <div className="kakor-row kakor-dialog-head">
            <h2 className="kakor-title" id={`${id}-title`}>
              {t.dialogTitle}
            </h2>
            <button type="button" className="kakor-close" aria-label={t.close} onClick={() => dialog.current?.close()}>
              ×
            </button>
          </div>
          <p className="kakor-text" id={`${id}-intro`}>
            {t.dialogIntro}
            {props.policyUrl !== undefined && (
              <>
                {' '}
                <a className="kakor-link" href={props.policyUrl}>
                  {t.policyLink}
                </a>
              </>
            )}
          </p>
          {gpc && <p className="kakor-notice">{t.gpcNotice}</p>}
          {loading && showCookies && (
            <p className="kakor-text" role="status">
              {t.loading}
            </p>
          )}
          {(['necessary', ...optionalCategories] as const).map(category)}
          {state && (
            <p className="kakor-receipt">
              {t.receiptId} <code>{state.id}</code>, {t.receiptGiven}{' '}
              {new Date(state.givenAt).toLocaleString(t.locale)}
            </p>
          )}
          <div className="kakor-actions">
            <button type="button" className="kakor-button" data-kakor-action="accept-all" onClick={() => finish('accept-all', () => acceptAll({ locale: t.locale }))}>
              {t.acceptAll}
            </button>
            <button type="button" className="kakor-button" data-kakor-action="reject-all" onClick={() => finish('reject-all', () => rejectAll({ locale: t.locale }))}>
              {t.rejectAll}
            </button>
            <button type="submit" className="kakor-button" data-kakor-action="save">
              {t.save}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
