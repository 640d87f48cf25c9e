import { useState } from 'react';
import { Button } from '../../components/Button';
import { t } from '../../i18n/i18n';

/** The paths of a workshop's documents, as the API gives them (Workshop.documents). */
export interface DocumentPaths {
  packHtml: string;
  packPdf: string;
  recordHtml: string;
  recordPdf: string;
}

type Key = keyof DocumentPaths;
type Failure = 'UNAVAILABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | 'SERVER';

const KEYS: readonly Key[] = ['packPdf', 'packHtml', 'recordPdf', 'recordHtml'];

/**
 * Saves one document: fetched with the organisation's header (the API takes the session cookie
 * only beside it, so a plain link cannot carry it), then saved under a name that says what it is.
 * A web page saved this way prints from any browser with its own print styles.
 */
export async function saveDocument(
  organisationId: string,
  path: string,
  fileName: string,
  fetcher: typeof fetch = fetch,
): Promise<Failure | null> {
  let response: Response;
  try {
    response = await fetcher(path, { credentials: 'same-origin', headers: { 'X-Organisation-Id': organisationId } });
  } catch {
    return 'NETWORK';
  }
  if (response.status === 503) return 'UNAVAILABLE';
  if (response.status === 401) return 'UNAUTHENTICATED';
  if (response.status === 403) return 'FORBIDDEN';
  if (response.status === 404) return 'NOT_FOUND';
  if (!response.ok) return 'SERVER';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

/** The pack and the record of a workshop, each as PDF or as a web page to print. */
export function WorkshopDocuments({ organisationId, title, paths }: { organisationId: string; title: string; paths: DocumentPaths }) {
  const [busy, setBusy] = useState<Key | null>(null);
  const [outcome, setOutcome] = useState<{ key: Key; failure: Failure | null } | null>(null);

  async function save(key: Key) {
    setBusy(key);
    setOutcome(null);
    const name = `${t(`workshops.documents.file.${key}`)} - ${title}`.replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 120);
    const failure = await saveDocument(organisationId, paths[key], `${name}.${key.endsWith('Pdf') ? 'pdf' : 'html'}`);
    setBusy(null);
    setOutcome({ key, failure });
  }

  return (
    <>
      <p className="muted">{t('workshops.documents.intro')}</p>
      <div className="actions">
        {KEYS.map((key) => (
          <Button key={key} onClick={() => void save(key)} disabled={busy !== null && busy !== key} busy={busy === key}>
            {busy === key ? t('workshops.documents.preparing') : t(`workshops.documents.${key}`)}
          </Button>
        ))}
      </div>
      {outcome?.failure ? (
        <div className="form-summary" role="alert">
          {t('workshops.documents.failed', {
            document: t(`workshops.documents.${outcome.key}`),
            problem: t(`workshops.documents.problem.${outcome.failure}`),
          })}
        </div>
      ) : (
        <p role="status">{outcome && t('workshops.documents.saved', { document: t(`workshops.documents.${outcome.key}`) })}</p>
      )}
    </>
  );
}
