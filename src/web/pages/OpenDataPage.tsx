import type { OpenDataResponse } from '../../contracts/api/open-data.js';
import { fetchOpenData, openDataHref } from '../api/downloads.js';
import { useApi } from '../api/use-api.js';
import { planOf } from '../app/plan-context.js';
import { DataTable } from '../components/DataTable.js';
import { Loaded } from '../components/Feedback.js';
import { formatTimestamp } from '../format/timestamps.js';
import { useI18n } from '../i18n/i18n.js';

type Dataset = OpenDataResponse['datasets'][number];

/** 開放資料: the public datasets with their licence, update time and fields, and the files. */
export function OpenDataPage({ query }: { query: URLSearchParams }) {
  const { t } = useI18n();
  const { city } = planOf(query);
  const [data, retry] = useApi(`open-data/${city}`, (signal) => fetchOpenData(city, signal));
  return (
    <>
      <h1>{t('openData.heading')}</h1>
      <Loaded value={data} retry={retry}>
        {(openData) => <OpenDataBody city={city} data={openData} />}
      </Loaded>
    </>
  );
}

function OpenDataBody({ city, data }: { city: string; data: OpenDataResponse }) {
  const { t, locale } = useI18n();
  const first = data.datasets[0];
  return (
    <>
      <p className="lead">{t('openData.intro', { publisher: data.publisher })}</p>
      <dl className="pairs">
        <dt>{t('openData.updatedAt')}</dt>
        <dd data-testid="open-data-updated">{formatTimestamp(data.updatedAt, locale)}</dd>
        {first && (
          <>
            <dt>{t('openData.license')}</dt>
            <dd>
              <a href={first.licenseUrl} rel="license">
                {locale === 'en' ? first.licenseEn : first.license}
              </a>
            </dd>
            <dt>{t('openData.frequency')}</dt>
            <dd>{locale === 'en' ? first.updateFrequencyEn : first.updateFrequency}</dd>
            <dt>{t('openData.encoding')}</dt>
            <dd>{first.encoding}</dd>
          </>
        )}
      </dl>
      {data.datasets.map((dataset) => (
        <DatasetSection key={dataset.identifier} dataset={dataset} />
      ))}
      <p>
        <a href={openDataHref(city, 'metadata.json')} download>
          {t('openData.allMetadata')}
        </a>
      </p>
    </>
  );
}

function DatasetSection({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useI18n();
  const headingId = `dataset-${dataset.identifier}`;
  const title = locale === 'en' ? dataset.titleEn : dataset.title;
  return (
    <section aria-labelledby={headingId} className="dataset">
      <h2 id={headingId}>{title}</h2>
      <p>{locale === 'en' ? dataset.descriptionEn : dataset.description}</p>
      <dl className="pairs">
        <dt>{t('openData.records')}</dt>
        <dd>{dataset.records.toLocaleString(locale === 'en' ? 'en' : 'zh-TW')}</dd>
        <dt>{t('openData.formats')}</dt>
        <dd>
          <ul className="download-links">
            {(['csv', 'json'] as const).map((format) => (
              <li key={format}>
                <a href={dataset.downloads[format]} download>
                  {t(`openData.${format}`)}
                  <span className="visually-hidden"> {title}</span>
                </a>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <details>
        <summary>
          {t('openData.fields')} ({dataset.fields.length})
        </summary>
        <DataTable
          name={{ label: `${title} ${t('openData.fields')}` }}
          className="fields-table"
          columns={[
            { heading: t('openData.fieldName'), cell: (field) => <code>{field.name}</code> },
            { heading: t('openData.fieldZh'), cell: (field) => field.zh },
            { heading: t('openData.fieldType'), cell: (field) => field.type },
            {
              heading: t('openData.fieldDescription'),
              cell: (field) => (locale === 'en' ? field.descriptionEn : field.description),
            },
          ]}
          rows={dataset.fields}
          rowKey={(field) => field.name}
        />
      </details>
    </section>
  );
}
