import { type FormEvent, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { t } from '../../i18n/i18n';

/** One problem in an import, as the API names it: the data row (1-based), the file's line, the column. */
export interface ImportProblem {
  row: number | null;
  line: number | null;
  column: string | null;
  message: string;
}

type Outcome =
  { kind: 'imported'; count: number } | { kind: 'refused'; problems: ImportProblem[]; total: number } | { kind: 'failed'; message: string };

const STATUS_MESSAGES: Record<number, Parameters<typeof t>[0]> = {
  401: 'surveys.import.status401',
  403: 'surveys.import.status403',
  404: 'surveys.import.status404',
  409: 'surveys.import.status409',
  413: 'surveys.import.status413',
  415: 'surveys.import.status415',
};

/** Sends a CSV file of responses to the survey's import endpoint with the page's session; answers what came of it. */
export async function importResponsesFile(organisationId: string, surveyId: string, file: Blob): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(`/imports/surveys/${encodeURIComponent(surveyId)}/responses`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'text/csv', 'x-organisation-id': organisationId, accept: 'application/json' },
      body: file,
    });
  } catch {
    return { kind: 'failed', message: t('surveys.import.network') };
  }
  const body = (await response.json().catch(() => null)) as { imported?: number; errors?: ImportProblem[]; errorCount?: number } | null;
  if (response.ok) return { kind: 'imported', count: body?.imported ?? 0 };
  if (response.status === 400 && body?.errors?.length)
    return { kind: 'refused', problems: body.errors, total: body.errorCount ?? body.errors.length };
  const key = STATUS_MESSAGES[response.status];
  return { kind: 'failed', message: key ? t(key) : t('surveys.import.unexpected') };
}

/**
 * Responses from a spreadsheet: a CSV file whose header names the question keys. Nothing is
 * written unless every row is right; otherwise each problem is listed against its row and column,
 * to fix in the file and send again.
 */
export function ImportResponses({
  organisationId,
  surveyId,
  questionKeys,
  onImported,
}: {
  organisationId: string;
  surveyId: string;
  questionKeys: string[];
  onImported: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState(false);
  const announce = useAnnounce();
  const result = useRef<HTMLDivElement>(null);
  const headingId = 'survey-import';
  const fileId = useId();
  const hintId = useId();
  const missingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    const next = await importResponsesFile(organisationId, surveyId, file);
    setBusy(false);
    setOutcome(next);
    if (next.kind === 'imported') {
      announce(t('surveys.import.done', { count: next.count }));
      onImported();
    }
    // The outcome takes focus, so keyboard and screen-reader users meet it at once.
    requestAnimationFrame(() => result.current?.focus());
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.import.heading')}</h2>
      <p className="hint">{t('surveys.import.intro')}</p>
      <p className="hint">
        {t('surveys.import.columns')} <code className="survey-keys">{questionKeys.join(',')}</code>
      </p>
      <div className={missing ? 'field field--invalid' : 'field'}>
        <label htmlFor={fileId} className="field__label">
          {t('surveys.import.file')}
        </label>
        <p id={hintId} className="field__hint">
          {t('surveys.import.fileHint')}
        </p>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          className="field__control"
          aria-describedby={[hintId, missing ? missingId : ''].filter(Boolean).join(' ')}
          aria-invalid={missing || undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setMissing(false);
            setOutcome(null);
          }}
        />
        {missing && (
          <p id={missingId} className="field__error">
            {t('surveys.import.file.required')}
          </p>
        )}
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('surveys.import.submit')}
        </Button>
      </div>
      {outcome && (
        <div ref={result} tabIndex={-1} className="import-outcome">
          {outcome.kind === 'imported' && <p className="notice notice--ok">{t('surveys.import.done', { count: outcome.count })}</p>}
          {outcome.kind === 'failed' && (
            <p className="form-summary" role="alert">
              {outcome.message}
            </p>
          )}
          {outcome.kind === 'refused' && <ImportProblems problems={outcome.problems} total={outcome.total} />}
        </div>
      )}
    </form>
  );
}

/** Every problem of a refused import against its row, line and column, with what to do. */
export function ImportProblems({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const captionId = useId();
  return (
    <div className="stack">
      <p className="form-summary" role="alert">
        {t('surveys.import.refused', { count: total })}{' '}
        {total > problems.length && t('surveys.import.refusedMore', { shown: problems.length })}
      </p>
      <div className="table-scroll">
        <table className="table table--compact" aria-labelledby={captionId}>
          <caption id={captionId}>{t('surveys.import.problemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.import.row')}</th>
              <th scope="col">{t('surveys.import.line')}</th>
              <th scope="col">{t('surveys.import.column')}</th>
              <th scope="col">{t('surveys.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={`${problem.line}-${problem.column}-${index}`}>
                <th scope="row">{problem.row === null ? t('surveys.import.header') : problem.row}</th>
                <td>{problem.line ?? '–'}</td>
                <td>{problem.column ? <code>{problem.column}</code> : '–'}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
