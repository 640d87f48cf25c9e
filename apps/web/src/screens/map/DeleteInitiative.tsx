import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormSummary } from '../../components/FormSummary';
import { useFormErrors } from '../../forms/useFormErrors';
import type { MapInitiativeFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { DELETE_INITIATIVE } from './operations';

interface Props {
  /** The initiative to delete; null while the dialog is closed. */
  initiative: MapInitiativeFragment | null;
  onClose: () => void;
  /** After the API deleted it; its row is gone, so the caller moves the focus. */
  onDeleted: (name: string) => void;
}

/**
 * Deleting one initiative, confirmed: the dialog names it and says what the API's deleteInitiative
 * does (libs/mapping/src/initiatives/initiatives.service.ts): it leaves the list, the coproduction
 * map, the export and, if published, the feed; the programme's history keeps only a line that an
 * initiative was removed, not what it was. Cancel has the focus first.
 */
export function DeleteInitiative({ initiative, onClose, onDeleted }: Props) {
  const last = useRef(initiative);
  if (initiative) last.current = initiative;
  return (
    <Dialog open={initiative !== null} title={t('mapIt.delete.title', { name: last.current?.name ?? '' })} onClose={onClose}>
      {initiative && <Confirm key={initiative.id} initiative={initiative} onClose={onClose} onDeleted={onDeleted} />}
    </Dialog>
  );
}

function Confirm({ initiative, onClose, onDeleted }: Props & { initiative: MapInitiativeFragment }) {
  const errors = useFormErrors();
  const [remove, { loading }] = useMutation(DELETE_INITIATIVE);

  const confirm = async () => {
    try {
      await remove({
        variables: {
          input: { initiativeId: initiative.id, version: initiative.version },
        },
      });
      onDeleted(initiative.name);
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <div className="stack">
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <p>
        {t('mapIt.delete.intro', {
          name: initiative.name,
          area: initiative.serviceArea.name,
        })}
      </p>
      <ul aria-label={t('mapIt.delete.whatHappens')}>
        <li>{t('mapIt.delete.list')}</li>
        <li>{initiative.published ? t('mapIt.delete.feed') : t('mapIt.delete.notInFeed')}</li>
        <li>{t('mapIt.delete.history')}</li>
        <li>{t('mapIt.delete.gate')}</li>
      </ul>
      <p>{t('mapIt.delete.final')}</p>
      <div className="actions">
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          {t('mapIt.delete.confirm', { name: initiative.name })}
        </Button>
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
