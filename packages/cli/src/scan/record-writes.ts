/** The name of the function the init script calls to report a write. */
export const writeBindingName = '__kakorScanRecordWrite';

/** One write a page's script made, as the init script reports it. */
export interface ScriptWrite {
  /** What was written to. */
  readonly storage: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';
  /** The cookie string written (`name=value; attributes`), the storage key, or the database name. */
  readonly text: string;
  /** `new Error().stack` at the write, for finding the script that made it. */
  readonly stack: string;
}

/**
 * Runs in every frame before the page's own scripts: wraps the `document.cookie` setter,
 * `cookieStore.set`, `Storage.prototype.setItem` and `indexedDB.open` so each write is
 * reported, with a stack, to the scanner's binding. The writes themselves go through unchanged.
 */
export function recordWritesInitScript(bindingName: string): void {
  const report = (storage: string, text: string): void => {
    try {
      const record = (window as unknown as Record<string, ((write: unknown) => unknown) | undefined>)[bindingName];
      if (typeof record === 'function') void Promise.resolve(record({ storage, text: String(text).slice(0, 4096), stack: String(new Error().stack) })).catch(() => undefined);
    } catch {
      // The page must not notice the scanner.
    }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable ?? false,
      get(this: Document) {
        return get.call(this) as string;
      },
      set(this: Document, value: string) {
        report('cookie', value);
        set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    let storage = 'localStorage';
    try {
      if (this === window.sessionStorage) storage = 'sessionStorage';
    } catch {
      // sessionStorage can be denied; then it is not this one.
    }
    report(storage, key);
    setItem.call(this, key, value);
  };
  if (typeof IDBFactory !== 'undefined') {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      report('indexedDB', name);
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
  }
  const cookieStore = (window as unknown as { CookieStore?: { prototype: { set: (...args: unknown[]) => Promise<void> } } }).CookieStore;
  if (cookieStore) {
    const storeSet = cookieStore.prototype.set;
    cookieStore.prototype.set = function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      const name = typeof first === 'string' ? first : typeof first === 'object' && first !== null ? String((first as { name?: unknown }).name) : '';
      report('cookie', `${name}=`);
      return storeSet.apply(this, args);
    };
  }
}

/** The script a stack points at: the first http(s) URL in it below the wrapper, without line and column. */
export function scriptUrlFromStack(stack: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const match = /(https?:\/\/[^\s()]+?):\d+:\d+/.exec(line);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}

/** The name in a `document.cookie` assignment (`name=value; …`), or `undefined` when there is none. */
export function cookieNameFromAssignment(text: string): string | undefined {
  const pair = text.split(';', 1)[0] ?? '';
  const equals = pair.indexOf('=');
  const name = (equals === -1 ? '' : pair.slice(0, equals)).trim();
  return name === '' ? undefined : name;
}
