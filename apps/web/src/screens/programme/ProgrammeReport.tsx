import { useState } from 'react';
import { Button } from '../../components/Button';
import { t } from '../../i18n/i18n';
import { saveDocument } from '../workshops/WorkshopDocuments';

/** The paths of a programme's report, as the API gives them (Programme.documents). */
export interface ReportPaths {
  reportHtml: string;
  reportPdf: string;
}

type Key = keyof ReportPaths;
type Failure = NonNullable<Awaited<ReturnType<typeof saveDocument>>>;

const KEYS: readonly Key[] = ['reportPdf', 'reportHtml'];

/** The programme report as PDF or as a web page to print, saved the way workshop documents are (WorkshopDocuments.tsx). */
export function ProgrammeReport({ organisationId, name, paths }: { organisationId: string; name: string; paths: ReportPaths }) {
  const [busy, setBusy] = useState<Key | null>(null);
  const [outcome, setOutcome] = useState<{ key: Key; failure: Failure | null } | null>(null);

  async function save(key: Key) {
    setBusy(key);
    setOutcome(null);
    const file = `${t('programme.report.file')} - ${name}`.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 120);
    const failure = await saveDocument(organisationId, paths[key], `${file}.${key === 'reportPdf' ? 'pdf' : 'html'}`);
    setBusy(null);
    setOutcome({ key, failure });
  }

  return (
    <>
      <p className="muted">{t('programme.report.intro')}</p>
      <div className="actions">
        {KEYS.map((key) => (
          <Button key={key} onClick={() => void save(key)} disabled={busy !== null && busy !== key} busy={busy === key}>
            {busy === key ? t('programme.report.preparing') : t(`programme.report.${key}`)}
          </Button>
        ))}
      </div>
      {outcome?.failure ? (
        <div className="form-summary" role="alert">
          {t('programme.report.failed', {
            document: t(`programme.report.${outcome.key}`),
            problem: t(`programme.report.problem.${outcome.failure}`),
          })}
        </div>
      ) : (
        <p role="status">{outcome && t('programme.report.saved', { document: t(`programme.report.${outcome.key}`) })}</p>
      )}
    </>
  );
}
