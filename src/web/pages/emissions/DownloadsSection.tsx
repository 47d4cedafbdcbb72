import { emissionsDownloads as href, type EmissionsPageData } from '../../api/emissions-page.js';
import { useI18n } from '../../i18n/i18n.js';
import { Section } from '../../components/Section.js';

/** The CSV downloads: the series, and each inventory the reader may see (inventory CSV and GPC). */
export function DownloadsSection({ data }: { data: EmissionsPageData }) {
  const { t } = useI18n();
  const { city } = data;
  const { inventories } = data.series;
  return (
    <Section id="downloads" heading={t('emissionsPage.downloads.heading')}>
      <ul className="downloads">
        <li>
          <a href={href.series(city)} download data-testid="download-series">
            {t('emissionsPage.downloads.series')}
          </a>
        </li>
        {inventories.map((inventory) => (
          <li key={inventory.year}>
            <a href={href.inventory(city, inventory.year)} download>
              {t('emissionsPage.downloads.inventory', { year: inventory.year })}
            </a>
            {' · '}
            <a href={href.gpc(city, inventory.year)} download>
              {t('emissionsPage.downloads.gpc', { year: inventory.year })}
            </a>
          </li>
        ))}
      </ul>
      {inventories.length === 0 && (
        <p className="figure-note">{t('emissionsPage.downloads.noInventories')}</p>
      )}
      <p className="figure-note">{t('emissionsPage.downloads.note')}</p>
    </Section>
  );
}
