import { useMutation } from '@apollo/client/react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormSummary } from '../../components/FormSummary';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { WITHDRAW_PARTICIPANT } from './operations';

export interface WithdrawParticipantDialogProps {
  enrolmentId: string;
  name: string;
  pilotName: string;
  onClose: () => void;
  onWithdrawn: () => void;
}

/**
 * Withdrawal from one pilot, confirmed: the dialog says what the API's withdrawParticipant does
 * (the enrolment is dated, not deleted, so the readings stay and the person is still counted as
 * reached; they may be enrolled again) and what it changes for the People it gate, which counts
 * only people still taking part. Cancel has the focus first, so Enter alone never withdraws.
 */
export function WithdrawParticipantDialog({ enrolmentId, name, pilotName, onClose, onWithdrawn }: WithdrawParticipantDialogProps) {
  const errors = useFormErrors();
  const [withdraw, { loading }] = useMutation(WITHDRAW_PARTICIPANT, {
    refetchQueries: ['PeopleOverview'],
  });

  async function confirm() {
    try {
      await withdraw({ variables: { input: { enrolmentId } } });
      onWithdrawn();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <Dialog open title={t('peopleIt.withdraw.title', { name, pilot: pilotName })} onClose={onClose}>
      <div className="stack">
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <p>{t('peopleIt.withdraw.intro', { name, pilot: pilotName })}</p>
        <ul aria-label={t('peopleIt.withdraw.whatHappens')}>
          <li>{t('peopleIt.withdraw.keeps', { name })}</li>
          <li>{t('peopleIt.withdraw.counted', { name })}</li>
          <li>{t('peopleIt.withdraw.rejoin', { name })}</li>
          <li>{t('peopleIt.withdraw.gate')}</li>
        </ul>
        <div className="actions">
          <Button variant="danger" busy={loading} onClick={() => void confirm()}>
            {t('peopleIt.withdraw.confirm', { name })}
          </Button>
          <Button onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
