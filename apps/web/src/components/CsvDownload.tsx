import { useState } from 'react';
import { t } from '../i18n/i18n';
import { Button } from './Button';
import { useAnnounce } from './LiveRegion';

/** The API's CSV exports, `GET /exports/<kind>.csv` (README, "Exports"). */
export const EXPORT_KINDS = [
  'tasks',
  'pilots',
  'pilot-metrics',
  'participants',
  'survey-results',
  'survey-questions',
  'initiatives',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type DownloadFailure = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | 'SERVER';

/** Where an export is: the organisation's, or one programme's part of it. */
export function exportPath(kind: ExportKind, programmeId?: string): string {
  return `/exports/${kind}.csv${programmeId ? `?programmeId=${encodeURIComponent(programmeId)}` : ''}`;
}

/**
 * Downloads an export: fetched with the organisation's header (the API takes the session cookie
 * only beside it, so a plain link cannot carry it), then saved under the name the API gives. Null
 * when the file is saved, otherwise why not.
 */
export async function downloadExport(
  organisationId: string,
  kind: ExportKind,
  programmeId?: string,
  fetcher: typeof fetch = fetch,
): Promise<DownloadFailure | null> {
  let response: Response;
  try {
    response = await fetcher(exportPath(kind, programmeId), {
      credentials: 'same-origin',
      headers: { 'X-Organisation-Id': organisationId, Accept: 'text/csv' },
    });
  } catch {
    return 'NETWORK';
  }
  if (response.status === 401) return 'UNAUTHENTICATED';
  if (response.status === 403) return 'FORBIDDEN';
  if (response.status === 404) return 'NOT_FOUND';
  if (!response.ok) return 'SERVER';
  let file: Blob;
  try {
    file = await response.blob();
  } catch {
    return 'NETWORK'; // the connection dropped while the file came in
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${kind}.csv`;
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}

export interface CsvDownloadProps {
  organisationId: string;
  kind: ExportKind;
  /** Only this programme's part of the export. */
  programmeId?: string;
}

/** A "Download CSV: <what>" button, with what went wrong beside it in plain words; a download that starts is announced. */
export function CsvDownload({ organisationId, kind, programmeId }: CsvDownloadProps) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<DownloadFailure | null>(null);
  const what = t(`exports.kind.${kind}`);

  async function save() {
    setBusy(true);
    setFailure(null);
    const outcome = await downloadExport(organisationId, kind, programmeId);
    setBusy(false);
    setFailure(outcome);
    if (!outcome) announce(t('exports.started', { what }));
  }

  return (
    <div className="stack">
      <Button onClick={() => void save()} busy={busy}>
        {busy ? t('exports.preparing') : t('exports.download', { what })}
      </Button>
      {failure && (
        <p className="field__error" role="alert">
          {t('exports.failed', { what, problem: t(`exports.problem.${failure}`) })}
        </p>
      )}
    </div>
  );
}
