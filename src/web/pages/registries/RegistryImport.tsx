import { useId, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import type { registryImportResponse } from '../../../contracts/api/registries.js';
import type { ColumnMapping, RegistryDefinition } from '../../../core/registries/definition.js';
import { registriesApi } from '../../api/registries.js';
import { useFileUpload } from '../../api/use-file-upload.js';
import { useApi } from '../../api/use-api.js';
import { FileInput } from '../../components/FileInput.js';
import { useI18n } from '../../i18n/i18n.js';
import { UploadProblems } from '../submission/UploadProblems.js';
import { words } from './words.js';

export type ImportOutcome = z.infer<typeof registryImportResponse>;

/** The header a field's column has: the kept mapping's, else the field's Chinese label. */
function headerOf(mapping: ColumnMapping | null, field: RegistryDefinition['fields'][number]) {
  const kept = mapping?.[field.key];
  if (kept === undefined) return field.label.zh;
  return typeof kept === 'string' ? kept : kept.column;
}

/**
 * An agency clerk's import of their own spreadsheet (.xlsx or .csv) into a registry: which
 * header holds each field (the mapping the agency last imported with, else the field's name),
 * then the file. All or nothing: a refused file lists each problem by its cell, and the page's
 * figures change only when a file is taken.
 */
export function RegistryImport({
  city,
  definition,
  outcome,
  onImported,
}: {
  city: string;
  definition: RegistryDefinition;
  /** The last import's counts: kept by the page, which reloads its figures after an import. */
  outcome: ImportOutcome | null;
  onImported: (outcome: ImportOutcome | null) => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const { input, action, submit } = useFileUpload();
  const [kept] = useApi(`registry-mapping/${city}/${definition.code}`, (signal) =>
    registriesApi.mapping(city, definition.code, signal),
  );
  const saved = kept.state === 'ready' ? kept.data.mapping : null;
  const upload = (event: SyntheticEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    // Units stay as kept: the form names columns only.
    const mapping = Object.fromEntries(
      definition.fields.flatMap((field) => {
        const typed = form.get(`column-${field.key}`);
        const header = typeof typed === 'string' ? typed.trim() : '';
        if (header === '') return [];
        const before = saved?.[field.key];
        const unit = typeof before === 'object' ? before.unit : undefined;
        return [[field.key, unit === undefined ? header : { column: header, unit }]];
      }),
    );
    submit(event, async (file) => {
      onImported(null);
      onImported(await registriesApi.importFile(city, definition.code, file, mapping));
    });
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="registry-import">
      <h2 id={`${id}-heading`}>{t('registries.import')}</h2>
      <p>{t('registries.importIntro')}</p>
      {kept.state === 'ready' && (
        <form onSubmit={upload}>
          <fieldset>
            <legend>{t('registries.columns')}</legend>
            {definition.fields.map((field) => (
              <p key={field.key}>
                <label htmlFor={`${id}-${field.key}`}>{words(field.label, locale)}</label>{' '}
                <input
                  id={`${id}-${field.key}`}
                  name={`column-${field.key}`}
                  defaultValue={headerOf(saved, field)}
                  required={field.required}
                />
              </p>
            ))}
          </fieldset>
          <p>
            <FileInput
              id={`${id}-file`}
              label={t('registries.file')}
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              inputRef={input}
            />
          </p>
          <button type="submit" disabled={action.busy}>
            {t('registries.importButton')}
          </button>
        </form>
      )}
      <div aria-live="polite" data-testid="registry-import-result">
        {outcome && (
          <p className="success-box">
            {t('registries.imported', {
              created: outcome.created,
              updated: outcome.updated,
              unchanged: outcome.unchanged,
            })}
          </p>
        )}
      </div>
      <UploadProblems
        error={action.error}
        title={t('registries.refused')}
        testId="registry-import-problems"
      />
    </section>
  );
}
