import type { OpenDataResponse } from '../../contracts/api/open-data.js';
import { fetchOpenData, openDataHref } from '../api/downloads.js';
import { useApi } from '../api/use-api.js';
import { planOf } from '../app/plan-context.js';
import { ErrorMessage, Loading } from '../components/Feedback.js';
import { formatTimestamp } from '../format/timestamps.js';
import { useI18n } from '../i18n/i18n.js';

type Dataset = OpenDataResponse['datasets'][number];

/** 開放資料: the public datasets with their licence, update time and fields, and the files. */
export function OpenDataPage({ query }: { query: URLSearchParams }) {
  const { t, locale } = useI18n();
  const { city } = planOf(query);
  const [data, retry] = useApi(`open-data/${city}`, (signal) => fetchOpenData(city, signal));
  return (
    <>
      <h1>{t('openData.heading')}</h1>
      {data.state === 'loading' && <Loading />}
      {data.state === 'error' && <ErrorMessage error={data.error} onRetry={retry} />}
      {data.state === 'ready' && (
        <>
          <p className="lead">{t('openData.intro', { publisher: data.data.publisher })}</p>
          <dl className="pairs">
            <dt>{t('openData.updatedAt')}</dt>
            <dd data-testid="open-data-updated">{formatTimestamp(data.data.updatedAt, locale)}</dd>
            {data.data.datasets[0] && (
              <>
                <dt>{t('openData.license')}</dt>
                <dd>
                  <a href={data.data.datasets[0].licenseUrl} rel="license">
                    {locale === 'en'
                      ? data.data.datasets[0].licenseEn
                      : data.data.datasets[0].license}
                  </a>
                </dd>
                <dt>{t('openData.frequency')}</dt>
                <dd>
                  {locale === 'en'
                    ? data.data.datasets[0].updateFrequencyEn
                    : data.data.datasets[0].updateFrequency}
                </dd>
                <dt>{t('openData.encoding')}</dt>
                <dd>{data.data.datasets[0].encoding}</dd>
              </>
            )}
          </dl>
          {data.data.datasets.map((dataset) => (
            <DatasetSection key={dataset.identifier} dataset={dataset} />
          ))}
          <p>
            <a href={openDataHref(city, 'metadata.json')} download>
              {t('openData.allMetadata')}
            </a>
          </p>
        </>
      )}
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
            <li>
              <a href={dataset.downloads.csv} download>
                {t('openData.csv')}
                <span className="visually-hidden"> {title}</span>
              </a>
            </li>
            <li>
              <a href={dataset.downloads.json} download>
                {t('openData.json')}
                <span className="visually-hidden"> {title}</span>
              </a>
            </li>
          </ul>
        </dd>
      </dl>
      <details>
        <summary>
          {t('openData.fields')} ({dataset.fields.length})
        </summary>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={`${title} ${t('openData.fields')}`}
        >
          <table className="fields-table">
            <thead>
              <tr>
                <th scope="col">{t('openData.fieldName')}</th>
                <th scope="col">{t('openData.fieldZh')}</th>
                <th scope="col">{t('openData.fieldType')}</th>
                <th scope="col">{t('openData.fieldDescription')}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.fields.map((field) => (
                <tr key={field.name}>
                  <th scope="row">
                    <code>{field.name}</code>
                  </th>
                  <td>{field.zh}</td>
                  <td>{field.type}</td>
                  <td>{locale === 'en' ? field.descriptionEn : field.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
