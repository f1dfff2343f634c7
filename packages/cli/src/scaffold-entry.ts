import type { EntryKind } from '@kakor/catalog';

/** What `scaffoldEntry` needs to know. */
export interface ScaffoldOptions {
  /** The kebab-case id, equal to the file name. */
  readonly id: string;
  /** A processor (a company that processes visitors' data) or a technology (software on the site's own domain). */
  readonly kind: EntryKind;
  /** Today's date as YYYY-MM-DD, for the placeholder source. */
  readonly today: string;
  /** The path from the new file to catalog/schema.json, for editors' completion; left out when unknown. */
  readonly schemaPath?: string;
}

/** `acme-pay` → `Acme Pay`: a first guess at the name people know it by. */
export function displayNameFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

const commentColumn = 34;

// A YAML line with its comment in one column, so the file reads as a form to fill in.
const line = (code: string, comment?: string): string =>
  comment === undefined ? code : `${code.padEnd(commentColumn - 1)} # ${comment}`;

const exampleItem = [
  line('#  - name: example_cookie', 'the exact name, or pattern: "example_*" where part of it varies'),
  line('#    category: analytics', 'necessary | preferences | analytics | marketing'),
  line('#    duration: P13M', 'session | persistent | ISO 8601 such as P13M, P7D, PT30M'),
  line('#    party: first', "first: set on the site's own domain; third: on the vendor's"),
  line('#    storage: cookie', 'cookie | localStorage | sessionStorage | indexedDB | pixel'),
  '#    purpose:',
  '#      en: What it is for, in your own words.',
  '#      sv: Samma sak på svenska.',
  '#      nb: Det samme på norsk bokmål.',
  line('#    # sharedWith: [other-id]', 'only when another entry sets the very same name or pattern'),
];

/**
 * A new catalog entry that passes `kakor validate` as it is: placeholder-but-valid values,
 * each marked TODO with what to put there instead.
 */
export function scaffoldEntry({ id, kind, today, schemaPath }: ScaffoldOptions): string {
  const name = displayNameFromId(id);
  const isProcessor = kind === 'processor';
  const onlyProcessor = (lines: string[]): string[] => (isProcessor ? lines : []);
  const lines = [
    ...(schemaPath === undefined ? [] : [`# yaml-language-server: $schema=${schemaPath}`]),
    '# Made by `kakor new`. It passes `kakor validate` as it is, but every TODO marks a',
    "# placeholder: replace each with facts from the vendor's own documentation, in your own",
    '# words, then run `pnpm kakor validate`. catalog/CONTRIBUTING.md explains every field.',
    line(`id: ${id}`, 'kebab-case, equal to the file name'),
    line(`name: ${name}`, 'TODO: the name people know it by'),
    ...onlyProcessor([line(`legalName: "TODO: legal entity of ${name}"`, 'TODO: from its privacy policy or DPA, e.g. Stripe, Inc.')]),
    line('website: https://example.com', `TODO: the ${isProcessor ? "vendor's" : "project's"} website (https)`),
    ...onlyProcessor([line('headquarters: SE', 'TODO: ISO 3166-1 alpha-2 code of the head office')]),
    line(`kind: ${kind}`, 'processor | technology'),
    line(`services: [${isProcessor ? 'analytics' : 'framework'}]`, 'TODO: what it does for a site (see CONTRIBUTING.md)'),
    ...onlyProcessor([
      'processing:',
      line('  locations: [EU]', 'TODO: country codes, EU or EEA'),
      line('  # transferSafeguards: [sccs]', 'TODO: needed for places outside the EEA'),
    ]),
    line('dataCategories: []', 'TODO: e.g. [online-identifiers, ip-address]'),
    line('# privacyPolicy: https://…', 'TODO: whenever published (never a home page)'),
    line('# dpa: https://…', 'TODO: the data processing agreement, if published'),
    'description:',
    `  en: "TODO: one or two sentences, in your own words, on what ${name} does for a site."`,
    '  sv: "TODO: samma sak på svenska."',
    '  nb: "TODO: det samme på norsk bokmål."',
    'sources:',
    line('  - url: https://example.com/TODO', 'TODO: each page you read (cookie table, docs)'),
    line(`    checked: ${today}`, 'the day you read the page'),
    '# TODO: list every cookie and storage item it sets: replace [] with items such as',
    'cookies: []',
    ...exampleItem,
  ];
  return `${lines.join('\n')}\n`;
}
