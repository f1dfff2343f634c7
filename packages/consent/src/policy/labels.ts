import type { CatalogLocale, Category, DataCategory, Party, Service, StorageKind, TransferSafeguard } from '@kakor/catalog';

/** The words a policy document needs in one locale: headings, column names and value labels. */
export interface PolicyLabels {
  /** The heading of the cookie tables. */
  readonly cookiesTitle: string;
  /** The heading of the sub-processor table. */
  readonly processorsTitle: string;
  /** Who the site's own cookies belong to, when no owner is given. */
  readonly thisSite: string;
  /** Each category's heading and explanation. */
  readonly categories: Readonly<
    Record<
      Category,
      {
        /** The category's heading. */
        readonly title: string;
        /** What it is for and whether it needs consent. */
        readonly description: string;
      }
    >
  >;
  /** The cookie tables' column names. */
  readonly cookieColumns: {
    /** The name or pattern column. */
    readonly name: string;
    /** The provider column. */
    readonly provider: string;
    /** The purpose column. */
    readonly purpose: string;
    /** The duration column. */
    readonly duration: string;
    /** The party column. */
    readonly party: string;
    /** The storage column. */
    readonly storage: string;
  };
  /** The sub-processor table's column names. */
  readonly processorColumns: {
    /** The name column. */
    readonly name: string;
    /** The legal entity column. */
    readonly legalName: string;
    /** The services column. */
    readonly services: string;
    /** The place of processing column. */
    readonly locations: string;
    /** The personal data column. */
    readonly dataShared: string;
    /** The transfer safeguard column. */
    readonly safeguards: string;
  };
  /** First and third party in words. */
  readonly party: Readonly<Record<Party, string>>;
  /** Each storage kind in words. */
  readonly storage: Readonly<Record<StorageKind, string>>;
  /** Each service in words. */
  readonly services: Readonly<Record<Service, string>>;
  /** Each kind of personal data in words. */
  readonly dataCategories: Readonly<Record<DataCategory, string>>;
  /** Each transfer safeguard in words. */
  readonly safeguards: Readonly<Record<TransferSafeguard, string>>;
  /** Shown when a processor needs no safeguard: every place of processing is in the EEA. */
  readonly withinEea: string;
  /** The region codes a place of processing may be, in words. */
  readonly regions: {
    /** The European Union. */
    readonly EU: string;
    /** The European Economic Area. */
    readonly EEA: string;
  };
  /** Explains the `*` in a pattern such as `_ga_*`. */
  readonly patternHint: string;
  /** The purpose of the site's own consent cookie. */
  readonly consentCookiePurpose: string;
}

const en: PolicyLabels = {
  cookiesTitle: 'Cookies and similar technologies',
  processorsTitle: 'Sub-processors',
  thisSite: 'This website',
  categories: {
    necessary: { title: 'Necessary', description: 'Needed for the site to work and to keep it secure. They do not require your consent.' },
    preferences: { title: 'Preferences', description: 'Remember choices you make, such as language or region. Used only with your consent.' },
    analytics: { title: 'Analytics', description: 'Help us understand how the site is used so we can improve it. Used only with your consent.' },
    marketing: { title: 'Marketing', description: 'Used to show and measure advertising, also on other sites. Used only with your consent.' },
  },
  cookieColumns: { name: 'Name', provider: 'Provider', purpose: 'Purpose', duration: 'Duration', party: 'Party', storage: 'Type' },
  processorColumns: { name: 'Name', legalName: 'Legal entity', services: 'Service', locations: 'Place of processing', dataShared: 'Personal data shared', safeguards: 'Transfer safeguard' },
  party: { first: 'First party', third: 'Third party' },
  storage: { cookie: 'Cookie', localStorage: 'Local storage', sessionStorage: 'Session storage', indexedDB: 'IndexedDB', pixel: 'Pixel' },
  services: {
    analytics: 'Analytics',
    advertising: 'Advertising',
    crm: 'CRM',
    email: 'Email',
    sms: 'SMS',
    'support-chat': 'Support chat',
    payments: 'Payments',
    'fraud-prevention': 'Fraud prevention',
    hosting: 'Hosting',
    storage: 'Data storage',
    'cdn-security': 'CDN and security',
    'error-tracking': 'Error tracking',
    'session-replay': 'Session replay',
    authentication: 'Authentication and signing',
    'tag-management': 'Tag management',
    'consent-management': 'Consent management',
    video: 'Video',
    maps: 'Maps',
    'social-media': 'Social media',
    'ab-testing': 'A/B testing',
    'marketing-automation': 'Marketing automation',
    billing: 'Billing',
    collaboration: 'Collaboration',
    framework: 'Web framework',
    realtime: 'Real-time connections',
    localization: 'Localization',
  },
  dataCategories: {
    name: 'Name',
    email: 'Email address',
    phone: 'Phone number',
    'postal-address': 'Postal address',
    'national-id': 'Personal identity number',
    'online-identifiers': 'Online identifiers',
    'ip-address': 'IP address',
    'device-information': 'Device information',
    'usage-data': 'Usage data',
    location: 'Location',
    'payment-data': 'Payment data',
    'billing-data': 'Billing data',
    'message-content': 'Message content',
    'account-data': 'Account data',
    'customer-data': 'Customer data',
  },
  safeguards: {
    'adequacy-decision': 'Adequacy decision',
    'eu-us-dpf': 'EU–US Data Privacy Framework',
    sccs: 'Standard contractual clauses',
    bcrs: 'Binding corporate rules',
  },
  withinEea: 'Not needed (within the EU/EEA)',
  regions: { EU: 'EU', EEA: 'EU/EEA' },
  patternHint: '* stands for a varying part of the name',
  consentCookiePurpose: "Remembers the visitor's consent choices.",
};

const sv: PolicyLabels = {
  cookiesTitle: 'Cookies och liknande tekniker',
  processorsTitle: 'Underbiträden',
  thisSite: 'Denna webbplats',
  categories: {
    necessary: { title: 'Nödvändiga', description: 'Behövs för att webbplatsen ska fungera och vara säker. De kräver inte ditt samtycke.' },
    preferences: { title: 'Inställningar', description: 'Kommer ihåg val du gör, till exempel språk eller region. Används bara med ditt samtycke.' },
    analytics: { title: 'Statistik', description: 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den. Används bara med ditt samtycke.' },
    marketing: { title: 'Marknadsföring', description: 'Används för att visa och mäta annonser, även på andra webbplatser. Används bara med ditt samtycke.' },
  },
  cookieColumns: { name: 'Namn', provider: 'Leverantör', purpose: 'Syfte', duration: 'Lagringstid', party: 'Part', storage: 'Typ' },
  processorColumns: { name: 'Namn', legalName: 'Juridisk person', services: 'Typ av tjänst', locations: 'Plats för behandling', dataShared: 'Personuppgifter som delas', safeguards: 'Skyddsåtgärd vid överföring' },
  party: { first: 'Förstapart', third: 'Tredjepart' },
  storage: { cookie: 'Cookie', localStorage: 'Lokal lagring', sessionStorage: 'Sessionslagring', indexedDB: 'IndexedDB', pixel: 'Pixel' },
  services: {
    analytics: 'Analys',
    advertising: 'Annonsering',
    crm: 'CRM-verktyg',
    email: 'E-post',
    sms: 'SMS',
    'support-chat': 'Supportchatt',
    payments: 'Betalningar',
    'fraud-prevention': 'Bedrägeriskydd',
    hosting: 'Drift',
    storage: 'Lagring',
    'cdn-security': 'CDN och säkerhet',
    'error-tracking': 'Felrapportering',
    'session-replay': 'Sessionsinspelning',
    authentication: 'Autentisering och signering',
    'tag-management': 'Tagghantering',
    'consent-management': 'Samtyckeshantering',
    video: 'Video',
    maps: 'Kartor',
    'social-media': 'Sociala medier',
    'ab-testing': 'A/B-tester',
    'marketing-automation': 'Marknadsautomation',
    billing: 'Fakturering',
    collaboration: 'Samarbete',
    framework: 'Webbramverk',
    realtime: 'Realtidsanslutningar',
    localization: 'Språkanpassning',
  },
  dataCategories: {
    name: 'Namn',
    email: 'E-postadress',
    phone: 'Telefonnummer',
    'postal-address': 'Postadress',
    'national-id': 'Personnummer',
    'online-identifiers': 'Online-identifierare',
    'ip-address': 'IP-adress',
    'device-information': 'Enhetsinformation',
    'usage-data': 'Användardata',
    location: 'Plats',
    'payment-data': 'Betalningsuppgifter',
    'billing-data': 'Faktureringsuppgifter',
    'message-content': 'Meddelandeinnehåll',
    'account-data': 'Kontouppgifter',
    'customer-data': 'Kunduppgifter',
  },
  safeguards: {
    'adequacy-decision': 'Beslut om adekvat skyddsnivå',
    'eu-us-dpf': 'EU–US Data Privacy Framework',
    sccs: 'Standardavtalsklausuler',
    bcrs: 'Bindande företagsbestämmelser',
  },
  withinEea: 'Behövs inte (inom EU/EES)',
  regions: { EU: 'EU', EEA: 'EU/EES' },
  patternHint: '* står för en del av namnet som varierar',
  consentCookiePurpose: 'Kommer ihåg besökarens val om samtycke.',
};

const nb: PolicyLabels = {
  cookiesTitle: 'Informasjonskapsler og lignende teknologier',
  processorsTitle: 'Underleverandører',
  thisSite: 'Dette nettstedet',
  categories: {
    necessary: { title: 'Nødvendige', description: 'Trengs for at nettstedet skal virke og være sikkert. De krever ikke ditt samtykke.' },
    preferences: { title: 'Innstillinger', description: 'Husker valg du gjør, for eksempel språk eller region. Brukes bare med ditt samtykke.' },
    analytics: { title: 'Statistikk', description: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det. Brukes bare med ditt samtykke.' },
    marketing: { title: 'Markedsføring', description: 'Brukes til å vise og måle annonser, også på andre nettsteder. Brukes bare med ditt samtykke.' },
  },
  cookieColumns: { name: 'Navn', provider: 'Leverandør', purpose: 'Formål', duration: 'Lagringstid', party: 'Part', storage: 'Type' },
  processorColumns: { name: 'Navn', legalName: 'Juridisk enhet', services: 'Tjeneste', locations: 'Behandlingssted', dataShared: 'Personopplysninger som deles', safeguards: 'Overføringsgrunnlag' },
  party: { first: 'Førstepart', third: 'Tredjepart' },
  storage: { cookie: 'Informasjonskapsel', localStorage: 'Lokal lagring', sessionStorage: 'Øktlagring', indexedDB: 'IndexedDB', pixel: 'Piksel' },
  services: {
    analytics: 'Analyse',
    advertising: 'Annonsering',
    crm: 'CRM-verktøy',
    email: 'E-post',
    sms: 'SMS',
    'support-chat': 'Kundestøttechat',
    payments: 'Betalinger',
    'fraud-prevention': 'Svindelforebygging',
    hosting: 'Drift',
    storage: 'Lagring',
    'cdn-security': 'CDN og sikkerhet',
    'error-tracking': 'Feilrapportering',
    'session-replay': 'Øktopptak',
    authentication: 'Autentisering og signering',
    'tag-management': 'Tag-håndtering',
    'consent-management': 'Samtykkehåndtering',
    video: 'Video',
    maps: 'Kart',
    'social-media': 'Sosiale medier',
    'ab-testing': 'A/B-testing',
    'marketing-automation': 'Markedsføringsautomatisering',
    billing: 'Fakturering',
    collaboration: 'Samarbeid',
    framework: 'Nettrammeverk',
    realtime: 'Sanntidstilkoblinger',
    localization: 'Språktilpasning',
  },
  dataCategories: {
    name: 'Navn',
    email: 'E-postadresse',
    phone: 'Telefonnummer',
    'postal-address': 'Postadresse',
    'national-id': 'Fødselsnummer',
    'online-identifiers': 'Nettidentifikatorer',
    'ip-address': 'IP-adresse',
    'device-information': 'Enhetsinformasjon',
    'usage-data': 'Bruksdata',
    location: 'Posisjon',
    'payment-data': 'Betalingsopplysninger',
    'billing-data': 'Faktureringsopplysninger',
    'message-content': 'Meldingsinnhold',
    'account-data': 'Kontoopplysninger',
    'customer-data': 'Kundeopplysninger',
  },
  safeguards: {
    'adequacy-decision': 'Beslutning om tilstrekkelig beskyttelsesnivå',
    'eu-us-dpf': 'EU–US Data Privacy Framework',
    sccs: 'Standardavtalebestemmelser',
    bcrs: 'Bindende virksomhetsregler',
  },
  withinEea: 'Ikke nødvendig (innenfor EU/EØS)',
  regions: { EU: 'EU', EEA: 'EU/EØS' },
  patternHint: '* står for en del av navnet som varierer',
  consentCookiePurpose: 'Husker besøkerens valg om samtykke.',
};

/** Policy labels for every locale the catalog writes in. */
export const policyLabels: Readonly<Record<CatalogLocale, PolicyLabels>> = { en, sv, nb };
