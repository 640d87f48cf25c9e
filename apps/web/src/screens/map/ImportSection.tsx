import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { t } from '../../i18n/i18n';
import { CsvErrorTable } from './CsvErrorTable';
import { exportInitiativesCsv, type ImportResult, importInitiativesCsv } from './csvImport';
import type { ServiceAreaOption } from './InitiativesSection';

const COLUMNS = [
  'name',
  'service_area',
  'forms',
  'public_body_input',
  'description',
  'participation',
  'motivation',
  'people_involved',
  'status',
  'contact',
  'external_ref',
  'published',
];

interface Props {
  organisationId: string;
  serviceAreas: readonly ServiceAreaOption[];
  role: Role;
  onImported: () => void;
}

/** Importing a spreadsheet of initiatives (all rows checked, nothing written unless every row is right) and exporting them. */
export function ImportSection({ organisationId, serviceAreas, role, onImported }: Props) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [exportFailed, setExportFailed] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const apollo = useApolloClient();
  const announce = useAnnounce();
  const mayImport = can(role, Action.PLAN);

  // The outcome takes the focus, so keyboard and screen-reader users land on what happened.
  useEffect(() => {
    if (result) outcomeRef.current?.focus();
  }, [result]);

  const send = async () => {
    if (!file) {
      setMissingFile(true);
      return;
    }
    setBusy(true);
    const answer = await importInitiativesCsv(organisationId, file);
    setBusy(false);
    setResult(answer);
    if (answer.kind === 'imported') {
      // Every list of initiatives on the page is out of date now.
      await apollo.refetchQueries({ include: ['MapInitiatives'] });
      onImported();
    }
  };

  const download = async () => {
    setExportFailed(false);
    const outcome = await exportInitiativesCsv(organisationId);
    if (outcome === 'failed') setExportFailed(true);
    else announce(t('mapIt.export.started'));
  };

  return (
    <section id="map-import" aria-labelledby="map-import-title" className="card stack map-section">
      <h2 id="map-import-title">{t('mapIt.import.title')}</h2>
      {mayImport ? (
        <>
          <p>{t('mapIt.import.lead')}</p>
          <details className="map-import__format">
            <summary>{t('mapIt.import.format')}</summary>
            <p>{t('mapIt.import.formatColumns', { columns: COLUMNS.join(', ') })}</p>
            <p>{t('mapIt.import.formatRequired')}</p>
            <p>
              {t('mapIt.import.formatAreas', {
                areas: serviceAreas
                  .filter((a) => a.active)
                  .map((a) => a.name)
                  .join(', '),
              })}
            </p>
            <p>{t('mapIt.import.formatForms')}</p>
            <p>{t('mapIt.import.formatSelf')}</p>
          </details>
          <form
            className="stack"
            aria-labelledby="map-import-title"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
          >
            <div className={missingFile ? 'field field--invalid' : 'field'}>
              <label htmlFor={fileId} className="field__label">
                {t('mapIt.import.file')}
              </label>
              <p id={`${fileId}-hint`} className="field__hint">
                {t('mapIt.import.fileHint')}
              </p>
              <input
                id={fileId}
                type="file"
                accept=".csv,text/csv"
                className="field__control"
                aria-invalid={missingFile || undefined}
                aria-describedby={missingFile ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setMissingFile(false);
                  setResult(null);
                }}
              />
              {missingFile && (
                <p id={`${fileId}-error`} className="field__error">
                  {t('mapIt.import.file.required')}
                </p>
              )}
            </div>
            <div className="actions">
              <Button type="submit" variant="primary" busy={busy}>
                {t('mapIt.import.submit')}
              </Button>
            </div>
          </form>
          {result && (
            <div ref={outcomeRef} tabIndex={-1} className="map-import__outcome" role={result.kind === 'imported' ? 'status' : 'alert'}>
              <ImportOutcomeView result={result} fileName={file?.name} />
            </div>
          )}
        </>
      ) : (
        <p className="notice">{t('mapIt.import.notAllowed')}</p>
      )}
      <h3 className="map-export__title">{t('mapIt.export.title')}</h3>
      <p>{t('mapIt.export.lead')}</p>
      <Button onClick={() => void download()}>{t('mapIt.export.download')}</Button>
      {exportFailed && (
        <p className="field__error" role="alert">
          {t('mapIt.export.failed')}
        </p>
      )}
    </section>
  );
}

function ImportOutcomeView({ result, fileName }: { result: ImportResult; fileName?: string }) {
  if (result.kind === 'failed') return <p className="form-summary">{t(`mapIt.import.failed.${result.reason}`)}</p>;
  const { outcome } = result;
  if (result.kind === 'refused') {
    return (
      <div className="csv-refused stack">
        <p className="csv-refused__message">{t('mapIt.import.refused', { name: fileName ?? '' })}</p>
        <CsvErrorTable problems={outcome.errors} total={outcome.errorCount} />
        <p>{t('mapIt.import.refusedNext')}</p>
      </div>
    );
  }
  return (
    <p className="notice">
      {t('mapIt.import.done', { name: fileName ?? '', rows: outcome.rows })}{' '}
      {t('mapIt.import.counts', { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged })}
    </p>
  );
}
