import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { describeApiError } from '../../api/errors';
import { useAnnounce } from '../../components/LiveRegion';
import { t } from '../../i18n/i18n';
import { PARTICIPANT_EXPORT } from './operations';

/**
 * Subject access: downloads everything the organisation holds about one participant as a JSON
 * file. The answer is never kept in Apollo's cache (no-cache): it lives only in the file.
 */
export function useParticipantExport() {
  const client = useApolloClient();
  const announce = useAnnounce();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const download = useCallback(
    async (participantId: string) => {
      setState({ busy: true, error: null });
      try {
        const { data } = await client.query({ query: PARTICIPANT_EXPORT, variables: { participantId }, fetchPolicy: 'no-cache' });
        const blob = new Blob([JSON.stringify(data!.participantDataExport, null, 2)], { type: 'application/json' });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = `participant-${participantId}.json`;
        document.body.append(link);
        link.click();
        link.remove();
        // Long enough for the browser to start the download.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        setState({ busy: false, error: null });
        announce(t('peopleIt.export.done'));
      } catch (error) {
        setState({ busy: false, error: describeApiError(error).summary });
      }
    },
    [client, announce],
  );

  return { download, ...state };
}
