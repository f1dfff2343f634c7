import type { CatalogLocale } from '@kakor/catalog';
import { policyFor } from './site-texts';

/**
 * The cookie tables per category and the sub-processor table, from the catalog, in the chosen
 * language. The app loads this module lazily, so the catalog's texts reach only this page.
 */
export function PolicyPage({ lang }: { lang: CatalogLocale }) {
  const { sections, processors, labels } = policyFor(lang);
  const c = labels.cookieColumns;
  const p = labels.processorColumns;
  return (
    <article className="policy" lang={lang}>
      <h1>{labels.cookiesTitle}</h1>
      {sections.map((section) => (
        <section key={section.category} id={`policy-${section.category}`}>
          <h2>{section.title}</h2>
          <p>{section.description}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{c.name}</th>
                <th scope="col">{c.provider}</th>
                <th scope="col">{c.purpose}</th>
                <th scope="col">{c.duration}</th>
                <th scope="col">{c.party}</th>
                <th scope="col">{c.storage}</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <tr key={`${row.provider}/${row.name}/${row.storage}`}>
                  <td>
                    <code>{row.name}</code>
                  </td>
                  <td>{row.provider}</td>
                  <td>{row.purpose}</td>
                  <td>{row.durationText}</td>
                  <td>{row.partyText}</td>
                  <td>{row.storageText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p className="note">{labels.patternHint}</p>
      <h2>{labels.processorsTitle}</h2>
      <table id="sub-processors">
        <thead>
          <tr>
            <th scope="col">{p.name}</th>
            <th scope="col">{p.legalName}</th>
            <th scope="col">{p.services}</th>
            <th scope="col">{p.locations}</th>
            <th scope="col">{p.dataShared}</th>
            <th scope="col">{p.safeguards}</th>
          </tr>
        </thead>
        <tbody>
          {processors.map((row) => (
            <tr key={row.id}>
              <td>{row.name}</td>
              <td>{row.legalName}</td>
              <td>{row.servicesText}</td>
              <td>{row.locationsText}</td>
              <td>{row.dataSharedText}</td>
              <td>{row.safeguardsText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
