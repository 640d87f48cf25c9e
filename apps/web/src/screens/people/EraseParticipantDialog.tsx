import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormSummary } from '../../components/FormSummary';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { ERASE_PARTICIPANT } from './operations';

export interface EraseParticipantDialogProps {
  participant: { id: string; name: string };
  onClose: () => void;
  onErased: () => void;
  /** Offers the subject-access download before erasing, for a person who asked for both. */
  onExport?: () => void;
}

/**
 * Erasure, confirmed knowingly: the dialog says what goes for good (everything that names or
 * describes the person) and what stays, anonymous (the facts that counts and pilot figures rest
 * on), as the API's eraseParticipant does. The person must tick that they understand it cannot be
 * undone before the button erases; Cancel has the focus first, so Enter alone never erases.
 */
export function EraseParticipantDialog({ participant, onClose, onErased, onExport }: EraseParticipantDialogProps) {
  const errors = useFormErrors();
  const [understood, setUnderstood] = useState(false);
  const [erase, { loading }] = useMutation(ERASE_PARTICIPANT);

  async function confirm() {
    if (!understood) {
      errors.setLocal({ understood: t('peopleIt.erase.understood.required') }, t('peopleIt.erase.understood.required'));
      return;
    }
    try {
      await erase({ variables: { input: { participantId: participant.id } } });
      onErased();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <Dialog open title={t('peopleIt.erase.title', { name: participant.name })} onClose={onClose}>
      <div className="stack people-erase">
        <FormSummary message={errors.summary} />
        <p>{t('peopleIt.erase.intro')}</p>
        <h3 id="people-erase-removes">{t('peopleIt.erase.removes')}</h3>
        <ul aria-labelledby="people-erase-removes">
          <li>{t('peopleIt.erase.removes.name')}</li>
          <li>{t('peopleIt.erase.removes.contact')}</li>
          <li>{t('peopleIt.erase.removes.notes')}</li>
          <li>{t('peopleIt.erase.removes.basis')}</li>
        </ul>
        <h3 id="people-erase-keeps">{t('peopleIt.erase.keeps')}</h3>
        <ul aria-labelledby="people-erase-keeps">
          <li>{t('peopleIt.erase.keeps.facts')}</li>
          <li>{t('peopleIt.erase.keeps.basis')}</li>
          <li>{t('peopleIt.erase.keeps.pilots')}</li>
          <li>{t('peopleIt.erase.keeps.history')}</li>
        </ul>
        <p>{t('peopleIt.erase.why')}</p>
        {onExport && (
          <p>
            {t('peopleIt.erase.exportFirst')}{' '}
            <Button variant="link" onClick={onExport}>
              {t('peopleIt.export.button')}
            </Button>
          </p>
        )}
        <label className="people-erase__understood">
          <input
            type="checkbox"
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
            aria-invalid={errors.field('understood') ? true : undefined}
          />{' '}
          {t('peopleIt.erase.understood', { name: participant.name })}
        </label>
        <div className="actions">
          <Button variant="danger" busy={loading} onClick={() => void confirm()}>
            {t('peopleIt.erase.confirm')}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
