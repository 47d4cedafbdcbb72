import { cityBase, type EmissionsPageData } from '../../api/emissions-page.js';
import { API_ROOT } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n.js';

/** The CSV downloads: the series, and each inventory the reader may see (inventory CSV and GPC). */
export function DownloadsSection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  const base = `${API_ROOT}${cityBase(data.city)}`;
  const { inventories } = data.series;
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('emissionsPage.downloads.heading')}</h2>
      <ul className="downloads">
        <li>
          <a href={`${base}/emissions/csv`} download data-testid="download-series">
            {t('emissionsPage.downloads.series')}
          </a>
        </li>
        {inventories.map((inventory) => (
          <li key={inventory.year}>
            <a href={`${base}/inventories/${inventory.year}/csv`} download>
              {t('emissionsPage.downloads.inventory', { year: inventory.year })}
            </a>
            {' · '}
            <a href={`${base}/inventories/${inventory.year}/gpc`} download>
              {t('emissionsPage.downloads.gpc', { year: inventory.year })}
            </a>
          </li>
        ))}
      </ul>
      {inventories.length === 0 && (
        <p className="figure-note">{t('emissionsPage.downloads.noInventories')}</p>
      )}
      <p className="figure-note">{t('emissionsPage.downloads.note')}</p>
    </section>
  );
}
