import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { RISK_TRANSITIONS } from '../../../../../libs/workflow/src/risk-register';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { type Formatter, useFormat } from '../../format/format';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import type { Decider, RiskKind, RiskRegisterQuery, RiskStatus } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { Workspace } from '../workspace/Workspace';
import { DECISION_REQUIRED, DecisionFields, decisionInput } from './DecisionFields';
import { OutcomePageSection } from './OutcomePageSection';
import { ADD_DISAGREEMENT, ADD_RISK, ARBITRATE_DISAGREEMENT, RISK_REGISTER, UPDATE_RISK } from './operations';
import { DECIDERS, RISK_KINDS } from './terms';
import './risks.css';

export type RegisterData = RiskRegisterQuery;
type RiskRow = RiskRegisterQuery['programmeRisks'][number];
type DisagreementRow = RiskRegisterQuery['programmeDisagreements'][number];

/** The statuses a risk may be set to from `status`: itself, then those the register's rules allow (libs/workflow). */
export function riskStatusOptions(status: RiskStatus): RiskStatus[] {
  return [status, ...RISK_TRANSITIONS.filter((row) => row.from.includes(status)).map((row) => row.to)];
}

/** Puts the focus back on the button that opened a form, once the form has gone (the button is drawn again in its place). */
function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Conflict and risk: a programme's risks, its disagreements between groups and their decisions, and its "you said, we did" page. */
export function RisksScreen() {
  return <Workspace area="RISKS">{(programme) => <RiskArea programmeId={programme.id} />}</Workspace>;
}

export function RiskArea({ programmeId }: { programmeId: string }) {
  const organisation = useOrganisation();
  const mayPlan = can(organisation.role, Action.PLAN);
  const mayDecide = can(organisation.role, Action.DECIDE_AND_PUBLISH);
  const format = useFormat(organisation);
  const { data, error, refetch } = useQuery(RISK_REGISTER, { variables: { programmeId } });
  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  const reload = async () => {
    await refetch();
  };
  return (
    <div className="risks stack">
      <p>{t('risks.intro')}</p>
      {!mayPlan && <p className="notice">{t('risks.readOnly')}</p>}
      <RiskSection programmeId={programmeId} risks={data.programmeRisks} mayPlan={mayPlan} onChanged={reload} />
      <DisagreementSection
        programmeId={programmeId}
        disagreements={data.programmeDisagreements}
        mayPlan={mayPlan}
        mayDecide={mayDecide}
        format={format}
        onChanged={reload}
      />
      <OutcomePageSection programmeId={programmeId} data={data} mayDecide={mayDecide} format={format} onChanged={reload} />
    </div>
  );
}

function RiskSection(props: { programmeId: string; risks: RiskRow[]; mayPlan: boolean; onChanged: () => Promise<void> }) {
  const heading = useId();
  const opener = useId();
  const [adding, setAdding] = useState(false);
  const close = () => {
    setAdding(false);
    focusLater(opener);
  };
  return (
    <section className="card stack" aria-labelledby={heading}>
      <h2 id={heading}>{t('risks.risks.title')}</h2>
      {props.risks.length === 0 ? (
        <EmptyState title={t('risks.risks.none')}>
          <p>{t('risks.risks.noneHint')}</p>
        </EmptyState>
      ) : (
        <ul className="risks__list">
          {props.risks.map((risk) => (
            <RiskItem key={risk.id} risk={risk} mayPlan={props.mayPlan} onChanged={props.onChanged} />
          ))}
        </ul>
      )}
      {props.mayPlan &&
        (adding ? (
          <AddRiskForm
            programmeId={props.programmeId}
            onDone={async () => {
              await props.onChanged();
              close();
            }}
            onCancel={close}
          />
        ) : (
          <div className="actions">
            <Button id={opener} onClick={() => setAdding(true)}>
              {t('risks.risks.add')}
            </Button>
          </div>
        ))}
    </section>
  );
}

function RiskItem({ risk, mayPlan, onChanged }: { risk: RiskRow; mayPlan: boolean; onChanged: () => Promise<void> }) {
  const [update, { loading }] = useMutation(UPDATE_RISK);
  const [problem, setProblem] = useState<unknown>(null);
  async function setStatus(status: RiskStatus) {
    setProblem(null);
    try {
      await update({ variables: { input: { riskId: risk.id, version: risk.version, status } } });
    } catch (error) {
      setProblem(error);
    }
    await onChanged();
  }
  return (
    <li className="risks__item stack">
      <p className="risks__title">
        <strong>{risk.description}</strong> <span className="risks__tag">{t(`risks.kind.${risk.kind}`)}</span>
        {risk.sanction && <span className="risks__tag risks__tag--warning"> {t('risks.risk.sanctionFlag')}</span>}
      </p>
      <p>
        {t('risks.risk.score', { score: risk.score, band: t(`risks.band.${risk.band as 'LOW' | 'MEDIUM' | 'HIGH'}`) })}
        {risk.owner && <> · {t('risks.risk.ownedBy', { owner: risk.owner })}</>}
      </p>
      {risk.mitigation && <p>{risk.mitigation}</p>}
      {risk.warnings.map((warning) => (
        <p key={warning} className="notice" role="note">
          {warning}
        </p>
      ))}
      {mayPlan ? (
        <SelectField
          label={t('risks.risk.status', { description: risk.description })}
          name={`status-${risk.id}`}
          value={risk.status}
          disabled={loading}
          onChange={(e) => void setStatus(e.target.value as RiskStatus)}
        >
          {riskStatusOptions(risk.status).map((status) => (
            <option key={status} value={status}>
              {t(`risks.status.${status}`)}
            </option>
          ))}
        </SelectField>
      ) : (
        <p>{t(`risks.status.${risk.status}`)}</p>
      )}
      {problem !== null && <ErrorState error={problem} />}
    </li>
  );
}

function AddRiskForm({ programmeId, onDone, onCancel }: { programmeId: string; onDone: () => Promise<void>; onCancel: () => void }) {
  const [values, setValues] = useState({
    kind: 'DELIVERY' as RiskKind,
    description: '',
    likelihood: '3',
    impact: '3',
    owner: '',
    mitigation: '',
    sanction: false,
  });
  const errors = useFormErrors(values);
  const headingId = useId();
  const [add, { loading }] = useMutation(ADD_RISK);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, values, { description: 'risks.risk.description.required' })) return;
    try {
      await add({
        variables: {
          input: {
            programmeId,
            kind: values.kind,
            description: values.description.trim(),
            likelihood: Number(values.likelihood),
            impact: Number(values.impact),
            ...(values.owner.trim() ? { owner: values.owner.trim() } : {}),
            ...(values.mitigation.trim() ? { mitigation: values.mitigation.trim() } : {}),
            sanction: values.sanction,
          },
        },
      });
      await onDone();
    } catch (error) {
      errors.fromError(error);
    }
  }
  const scale = ['1', '2', '3', '4', '5'];
  return (
    <form onSubmit={submit} noValidate className="stack risks__form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('risks.risks.add')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        label={t('risks.risk.kind')}
        name="kind"
        autoFocus
        value={values.kind}
        onChange={(e) => set('kind', e.target.value as RiskKind)}
        error={errors.field('kind')}
      >
        {RISK_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`risks.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('risks.risk.description')}
        name="description"
        required
        rows={2}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        error={errors.field('description')}
      />
      <SelectField
        label={t('risks.risk.likelihood')}
        name="likelihood"
        value={values.likelihood}
        onChange={(e) => set('likelihood', e.target.value)}
        error={errors.field('likelihood')}
      >
        {scale.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </SelectField>
      <SelectField
        label={t('risks.risk.impact')}
        name="impact"
        value={values.impact}
        onChange={(e) => set('impact', e.target.value)}
        error={errors.field('impact')}
      >
        {scale.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </SelectField>
      <Field
        label={t('risks.risk.owner')}
        hint={t('risks.risk.ownerHint')}
        name="owner"
        value={values.owner}
        onChange={(e) => set('owner', e.target.value)}
        error={errors.field('owner')}
      />
      <TextAreaField
        label={t('risks.risk.mitigation')}
        name="mitigation"
        rows={2}
        value={values.mitigation}
        onChange={(e) => set('mitigation', e.target.value)}
        error={errors.field('mitigation')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={values.sanction} onChange={(e) => set('sanction', e.target.checked)} /> {t('risks.risk.sanction')}
      </label>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('risks.risks.add')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

function DisagreementSection(props: {
  programmeId: string;
  disagreements: DisagreementRow[];
  mayPlan: boolean;
  mayDecide: boolean;
  format: Formatter;
  onChanged: () => Promise<void>;
}) {
  const heading = useId();
  const opener = useId();
  const [adding, setAdding] = useState(false);
  const close = () => {
    setAdding(false);
    focusLater(opener);
  };
  return (
    <section className="card stack" aria-labelledby={heading}>
      <h2 id={heading}>{t('risks.disagreements.title')}</h2>
      {props.disagreements.length === 0 ? (
        <EmptyState title={t('risks.disagreements.none')}>
          <p>{t('risks.disagreements.noneHint')}</p>
        </EmptyState>
      ) : (
        <ul className="risks__list">
          {props.disagreements.map((disagreement) => (
            <DisagreementItem
              key={disagreement.id}
              disagreement={disagreement}
              mayDecide={props.mayDecide}
              format={props.format}
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
      {props.mayPlan &&
        (adding ? (
          <AddDisagreementForm
            programmeId={props.programmeId}
            onDone={async () => {
              await props.onChanged();
              close();
            }}
            onCancel={close}
          />
        ) : (
          <div className="actions">
            <Button id={opener} onClick={() => setAdding(true)}>
              {t('risks.disagreements.add')}
            </Button>
          </div>
        ))}
    </section>
  );
}

function DisagreementItem(props: { disagreement: DisagreementRow; mayDecide: boolean; format: Formatter; onChanged: () => Promise<void> }) {
  const { disagreement } = props;
  const [deciding, setDeciding] = useState(false);
  const opener = useId();
  const decision = disagreement.arbitration;
  return (
    <li className="risks__item stack">
      <p className="risks__title">
        <strong>{disagreement.subject}</strong> <span className="risks__tag">{t(`risks.disagreement.status.${disagreement.status}`)}</span>
      </p>
      <p>{t('risks.disagreement.between', { groups: disagreement.groups.join(', ') })}</p>
      <p>{t('risks.disagreement.decidedByWho', { decider: t(`risks.decider.${disagreement.decider}`) })}</p>
      {decision && (
        <div className="risks__decision">
          <p>
            {t('risks.disagreement.decided', {
              date: props.format.day(decision.decidedOn),
              decider: t(`risks.decider.${decision.decidedBy}`),
              decision: decision.decision,
            })}
          </p>
          <p>{t('risks.disagreement.because', { reason: decision.reason })}</p>
        </div>
      )}
      {props.mayDecide &&
        disagreement.status === 'OPEN' &&
        (deciding ? (
          <ArbitrationForm
            disagreement={disagreement}
            onDone={async () => {
              setDeciding(false);
              await props.onChanged();
            }}
            onCancel={() => {
              setDeciding(false);
              focusLater(opener);
            }}
          />
        ) : (
          <div className="actions">
            <Button id={opener} onClick={() => setDeciding(true)}>
              {t('risks.disagreement.arbitrate')}
            </Button>
          </div>
        ))}
    </li>
  );
}

function AddDisagreementForm({
  programmeId,
  onDone,
  onCancel,
}: {
  programmeId: string;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState({ groups: '', subject: '', decider: 'POLITICIANS' as Decider });
  const errors = useFormErrors(values);
  const headingId = useId();
  const [add, { loading }] = useMutation(ADD_DISAGREEMENT);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const groups = values.groups
      .split('\n')
      .map((g) => g.trim())
      .filter(Boolean);
    if (!requireFields(errors, values, { subject: 'risks.disagreement.subject.required' })) return;
    if (groups.length < 2) {
      errors.setLocal({ groups: t('risks.disagreement.groups.required') }, t('forms.fixBelow'));
      return;
    }
    try {
      await add({ variables: { input: { programmeId, groups, subject: values.subject.trim(), decider: values.decider } } });
      await onDone();
    } catch (error) {
      errors.fromError(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="stack risks__form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('risks.disagreements.add')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <TextAreaField
        label={t('risks.disagreement.groups')}
        autoFocus
        hint={t('risks.disagreement.groupsHint')}
        name="groups"
        rows={3}
        value={values.groups}
        onChange={(e) => set('groups', e.target.value)}
        error={errors.field('groups')}
      />
      <TextAreaField
        label={t('risks.disagreement.subject')}
        name="subject"
        required
        rows={2}
        value={values.subject}
        onChange={(e) => set('subject', e.target.value)}
        error={errors.field('subject')}
      />
      <SelectField
        label={t('risks.disagreement.decider')}
        name="decider"
        value={values.decider}
        onChange={(e) => set('decider', e.target.value as Decider)}
        error={errors.field('decider')}
      >
        {DECIDERS.map((decider) => (
          <option key={decider} value={decider}>
            {t(`risks.decider.${decider}`)}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('risks.disagreements.add')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

function ArbitrationForm({
  disagreement,
  onDone,
  onCancel,
}: {
  disagreement: DisagreementRow;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState({ decision: '', reason: '', decidedBy: disagreement.decider, decidedOn: '', sanction: false });
  const errors = useFormErrors(values);
  const headingId = useId();
  const [arbitrate, { loading }] = useMutation(ARBITRATE_DISAGREEMENT);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, values, DECISION_REQUIRED)) return;
    try {
      await arbitrate({
        variables: {
          input: {
            disagreementId: disagreement.id,
            version: disagreement.version,
            ...decisionInput(values),
          },
        },
      });
      await onDone();
    } catch (error) {
      errors.fromError(error);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="stack risks__form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('risks.disagreement.decide', { subject: disagreement.subject })}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <DecisionFields values={values} change={(changes) => setValues((v) => ({ ...v, ...changes }))} error={errors.field} autoFocus />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('risks.disagreement.arbitrate')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
