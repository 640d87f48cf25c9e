import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import type { Formatter } from '../../format/format';
import type { RiskRegisterQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { DecisionForm } from './DecisionForm';
import { ISSUE_OUTCOME_PAGE_LINK, REVOKE_OUTCOME_PAGE_LINK, UPDATE_DECISION } from './operations';

type DecisionRow = RiskRegisterQuery['programmeDecisions'][number];

/**
 * The programme's "you said, we did" page: which decisions it shows (a tick each), and its link,
 * made or stopped here. The link is shown once, in a read-only box that takes the focus; the
 * server keeps only its hash, so afterwards the page is only said to have one, with since when.
 */
export function OutcomePageSection(props: {
  programmeId: string;
  data: RiskRegisterQuery;
  mayDecide: boolean;
  format: Formatter;
  onChanged: () => Promise<void>;
}) {
  const heading = useId();
  const linkId = useId();
  const dataLinkId = useId();
  const box = useRef<HTMLInputElement>(null);
  const announce = useAnnounce();
  const recordId = useId();
  const [recording, setRecording] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [issue, { loading: issuing }] = useMutation(ISSUE_OUTCOME_PAGE_LINK, { fetchPolicy: 'no-cache' });
  const [revoke, { loading: revoking }] = useMutation(REVOKE_OUTCOME_PAGE_LINK);
  const input = { programmeId: props.programmeId };

  async function act(work: () => Promise<void>) {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(describeApiError(error).summary);
    }
    await props.onChanged();
  }

  const makeLink = () =>
    act(async () => {
      const { data } = await issue({ variables: { input } });
      setUrl(data!.issueOutcomePageLink.url);
      announce(t('risks.page.newLink'));
      requestAnimationFrame(() => box.current?.focus());
    });
  const stopLink = () =>
    act(async () => {
      await revoke({ variables: { input } });
      setUrl(null);
      announce(t('risks.page.revoked'));
    });

  const issuedAt = props.data.outcomePageLink?.issuedAt ?? null;
  return (
    <section className="card stack" aria-labelledby={heading}>
      <h2 id={heading}>{t('risks.page.title')}</h2>
      <p>{t('risks.page.lead')}</p>
      <h3>{t('risks.page.decisions')}</h3>
      {props.data.programmeDecisions.length === 0 ? (
        <p>{t('risks.page.noDecisions')}</p>
      ) : (
        <ul className="risks__list">
          {props.data.programmeDecisions.map((decision) => (
            <DecisionItem
              key={decision.id}
              decision={decision}
              mayDecide={props.mayDecide}
              format={props.format}
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
      {props.mayDecide &&
        (recording ? (
          <DecisionForm
            programmeId={props.programmeId}
            onDone={async () => {
              await props.onChanged();
              setRecording(false);
              requestAnimationFrame(() => document.getElementById(recordId)?.focus());
            }}
            onCancel={() => {
              setRecording(false);
              requestAnimationFrame(() => document.getElementById(recordId)?.focus());
            }}
          />
        ) : (
          <div className="actions">
            <Button id={recordId} onClick={() => setRecording(true)}>
              {t('risks.record.open')}
            </Button>
          </div>
        ))}
      {url && (
        <div className="field">
          <label htmlFor={linkId} className="field__label">
            {t('risks.page.newLink')}
          </label>
          <input id={linkId} ref={box} className="field__control" readOnly value={readable(url)} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {url && (
        <div className="field">
          <label htmlFor={dataLinkId} className="field__label">
            {t('risks.page.newLinkData')}
          </label>
          <input id={dataLinkId} className="field__control" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <p>{issuedAt ? t('risks.page.linkSince', { when: props.format.date(issuedAt) }) : t('risks.page.noLink')}</p>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
      {props.mayDecide ? (
        <div className="actions">
          <Button variant="primary" busy={issuing} onClick={() => void makeLink()}>
            {issuedAt ? t('risks.page.reissue') : t('risks.page.issue')}
          </Button>
          {issuedAt && (
            <Button variant="danger" busy={revoking} onClick={() => void stopLink()}>
              {t('risks.page.revoke')}
            </Button>
          )}
        </div>
      ) : (
        <p className="notice">{t('risks.page.readOnly')}</p>
      )}
    </section>
  );
}

/** The page residents read (HTML): the data's address without `.json`, as the server serves both under one token. */
function readable(dataUrl: string): string {
  return dataUrl.replace(/\.json$/, '');
}

function DecisionItem({
  decision,
  mayDecide,
  format,
  onChanged,
}: {
  decision: DecisionRow;
  mayDecide: boolean;
  format: Formatter;
  onChanged: () => Promise<void>;
}) {
  const [update, { loading }] = useMutation(UPDATE_DECISION);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const resultId = useId();
  const opener = useId();
  async function change(fields: { published?: boolean; result?: string }): Promise<boolean> {
    setProblem(null);
    let done = true;
    try {
      await update({ variables: { input: { decisionId: decision.id, version: decision.version, ...fields } } });
    } catch (error) {
      setProblem(describeApiError(error).summary);
      done = false;
    }
    await onChanged();
    return done;
  }
  const closeResult = () => {
    setResult(null);
    requestAnimationFrame(() => document.getElementById(opener)?.focus());
  };
  async function saveResult(event: FormEvent) {
    event.preventDefault();
    if (await change({ result: (result ?? '').trim() })) closeResult();
  }
  return (
    <li className="risks__item stack">
      <p>
        <strong>{decision.decision}</strong> ({format.day(decision.decidedOn)}, {t(`risks.decider.${decision.decidedBy}`)})
        {decision.sanction && <span className="risks__tag risks__tag--warning"> {t('risks.risk.sanctionFlag')}</span>}
      </p>
      <p className="muted">
        {t(`risks.page.answers.${decision.sourceKind}`)} ·{' '}
        {decision.result ? t('risks.page.result', { result: decision.result }) : t('risks.page.noResult')}
      </p>
      {decision.warnings.map((warning) => (
        <p key={warning} className="notice" role="note">
          {warning}
        </p>
      ))}
      {mayDecide && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={decision.published}
            disabled={loading}
            onChange={(e) => void change({ published: e.target.checked })}
          />{' '}
          {t('risks.page.publish', { decision: decision.decision })}
        </label>
      )}
      {mayDecide &&
        (result === null ? (
          <div className="actions">
            <Button
              id={opener}
              variant="link"
              aria-label={`${t('risks.page.editResult')}${t('risks.page.editResultOf', { decision: decision.decision })}`}
              onClick={() => setResult(decision.result)}
            >
              {t('risks.page.editResult')}
            </Button>
          </div>
        ) : (
          <form
            onSubmit={(e) => void saveResult(e)}
            className="stack"
            aria-label={`${t('risks.page.editResult')}${t('risks.page.editResultOf', { decision: decision.decision })}`}
          >
            <div className="field">
              <label htmlFor={resultId} className="field__label">
                {t('risks.record.result')}
              </label>
              <textarea
                id={resultId}
                className="field__control"
                rows={2}
                autoFocus
                value={result}
                onChange={(e) => setResult(e.target.value)}
              />
            </div>
            <div className="actions">
              <Button type="submit" variant="primary" busy={loading}>
                {t('risks.page.saveResult')}
              </Button>
              <Button onClick={closeResult}>{t('common.cancel')}</Button>
            </div>
          </form>
        ))}
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </li>
  );
}
