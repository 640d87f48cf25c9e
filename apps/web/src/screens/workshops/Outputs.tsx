import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { WORKSHOP_OUTPUT_KINDS } from '../../../../../libs/workflow/src/workshop-outputs';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { type MemberOption, MemberSelectField } from '../../components/MemberSelectField';
import { useFormErrors } from '../../forms/useFormErrors';
import type { Step, WorkshopConversionKind, WorkshopConversionTarget, WorkshopOutputKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { CONVERT_OUTPUT, DELETE_OUTPUT, UPDATE_OUTPUT, type AgendaItem, type WorkshopOutput } from './operations';

type Target = keyof Omit<WorkshopConversionTarget, '__typename'>;
const TARGETS: readonly Target[] = ['task', 'initiative', 'priorityArea', 'checklistTick'];

/** What an output of each kind most often becomes; any kind may become any record. */
const USUAL_TARGET: Record<WorkshopOutputKind, Target> = {
  NOTE: 'task',
  DECISION: 'checklistTick',
  ACTION: 'task',
  INITIATIVE: 'initiative',
  PRIORITY: 'priorityArea',
  RISK: 'task',
};

export interface OutputsContext {
  organisationId: string;
  programmeId: string;
  step: Step;
  members: readonly MemberOption[];
  serviceAreas: ReadonlyArray<{ id: string; name: string; active: boolean }>;
  /** The step's items a person ticks and nobody has ticked yet. */
  checklistItems: ReadonlyArray<{ key: string; title: string }>;
}

/** Where a converted output's record is seen. */
function recordPath(kind: WorkshopConversionKind, ctx: OutputsContext): string {
  switch (kind) {
    case 'TASK':
      return `/o/${ctx.organisationId}/programmes/${ctx.programmeId}`;
    case 'INITIATIVE':
      return areaPath(ctx.organisationId, ctx.programmeId, 'MAP');
    case 'PRIORITY_AREA':
      return areaPath(ctx.organisationId, ctx.programmeId, 'FOCUS');
    case 'CHECKLIST_TICK':
      return `/o/${ctx.organisationId}/programmes/${ctx.programmeId}?step=${ctx.step}`;
  }
}

/** A short form of an output's text, for button names. */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * A workshop's outputs in capture order, filtered by kind. Each unconverted one can be converted,
 * edited or deleted by those who contribute; a converted one links to what it became. A refused
 * change leaves the output as it was, with the API's words beside it.
 */
export function Outputs({
  outputs,
  agenda,
  context,
  mayChange,
}: {
  outputs: readonly WorkshopOutput[];
  agenda: readonly AgendaItem[];
  context: OutputsContext;
  mayChange: boolean;
}) {
  const [kind, setKind] = useState<WorkshopOutputKind | ''>('');
  const shown = kind ? outputs.filter((o) => o.kind === kind) : outputs;
  const sections = new Map(agenda.map((a) => [a.id, a.title]));
  return (
    <>
      {outputs.length === 0 ? (
        <p>{t('workshops.outputs.empty')}</p>
      ) : (
        <>
          <SelectField
            name="outputKind"
            label={t('workshops.outputs.filter')}
            value={kind}
            onChange={(e) => setKind(e.target.value as WorkshopOutputKind | '')}
          >
            <option value="">{t('workshops.outputs.all', { count: outputs.length })}</option>
            {WORKSHOP_OUTPUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t('workshops.outputs.ofKind', { kind: t(`workshops.kind.${k}`), count: outputs.filter((o) => o.kind === k).length })}
              </option>
            ))}
          </SelectField>
          {shown.length === 0 ? (
            <p>{t('workshops.outputs.emptyKind')}</p>
          ) : (
            <ol className="outputs" aria-label={t('workshops.outputs.label')}>
              {shown.map((o) => (
                <OutputItem
                  key={o.id}
                  output={o}
                  section={o.agendaItemId ? sections.get(o.agendaItemId) : undefined}
                  context={context}
                  mayChange={mayChange}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}

type Mode = 'view' | 'convert' | 'edit' | 'delete';

function OutputItem({
  output,
  section,
  context,
  mayChange,
}: {
  output: WorkshopOutput;
  section: string | undefined;
  context: OutputsContext;
  mayChange: boolean;
}) {
  const [mode, setMode] = useState<Mode>('view');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const announce = useAnnounce();
  const [remove, removing] = useMutation(DELETE_OUTPUT);
  const label = short(output.text);
  const buttonId = (m: Mode) => `output-${output.id}-${m}`;
  const back = (to: Mode) => {
    setMode('view');
    requestAnimationFrame(() => document.getElementById(buttonId(to))?.focus());
  };

  const doDelete = async () => {
    try {
      await remove({
        variables: { input: { outputId: output.id, version: output.version } },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'WorkshopOutput', id: output.id }) });
          cache.gc();
        },
      });
      announce(t('workshops.outputs.deleted'));
    } catch (error) {
      setProblem(describeApiError(error));
      setMode('view');
    }
  };

  return (
    <li
      className={output.convertedKind ? 'output output--converted' : 'output'}
      aria-label={t('workshops.outputs.item', { kind: t(`workshops.kind.${output.kind}`), text: output.text })}
    >
      <p className="output__text">
        <span className={`output-kind output-kind--${output.kind.toLowerCase()}`}>{t(`workshops.kind.${output.kind}`)}</span> {output.text}
      </p>
      {output.guestName && <p className="muted">{t('workshops.outputs.fromGuest', { name: output.guestName })}</p>}
      {section && <p className="muted">{t('workshops.outputs.section', { title: section })}</p>}
      {output.convertedKind && (
        <p className="output__became">
          {t(`workshops.outputs.became.${output.convertedKind}`)}:{' '}
          <Link to={recordPath(output.convertedKind, context)}>{t(`workshops.outputs.open.${output.convertedKind}`)}</Link>
        </p>
      )}
      {output.convertedKind && output.conversionStands === false && <p className="muted">{t('workshops.outputs.gone')}</p>}
      {problem && mode === 'view' && (
        <p className="field__error" role="alert">
          {problem.summary} {Object.values(problem.fields).join(' ')}
        </p>
      )}
      {!output.convertedKind && mayChange && mode === 'view' && (
        <div className="actions">
          <Button
            id={buttonId('convert')}
            aria-label={t('workshops.outputs.convertLabel', { text: label })}
            onClick={() => setMode('convert')}
          >
            {t('workshops.outputs.convert')}
          </Button>
          <Button id={buttonId('edit')} aria-label={t('workshops.outputs.editLabel', { text: label })} onClick={() => setMode('edit')}>
            {t('workshops.outputs.edit')}
          </Button>
          <Button
            id={buttonId('delete')}
            variant="danger"
            aria-label={t('workshops.outputs.deleteLabel', { text: label })}
            onClick={() => setMode('delete')}
          >
            {t('workshops.outputs.delete')}
          </Button>
        </div>
      )}
      {mode === 'delete' && (
        <div className="output__confirm" role="group" aria-label={t('workshops.outputs.deleteConfirm')}>
          <p>{t('workshops.outputs.deleteConfirm')}</p>
          <div className="actions">
            <Button variant="danger" busy={removing.loading} onClick={() => void doDelete()} autoFocus>
              {t('workshops.outputs.deleteYes')}
            </Button>
            <Button onClick={() => back('delete')}>{t('workshops.keep')}</Button>
          </div>
        </div>
      )}
      {mode === 'edit' && (
        <EditOutput
          output={output}
          onDone={() => {
            setProblem(null);
            back('edit');
          }}
        />
      )}
      {mode === 'convert' && (
        <ConvertOutput
          output={output}
          context={context}
          onDone={() => {
            setProblem(null);
            setMode('view');
          }}
          onCancel={() => back('convert')}
        />
      )}
    </li>
  );
}

function EditOutput({ output, onDone }: { output: WorkshopOutput; onDone: () => void }) {
  const [values, setValues] = useState({ kind: output.kind, text: output.text });
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [update, { loading }] = useMutation(UPDATE_OUTPUT);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.text.trim()) {
      errors.setLocal({ text: t('workshops.outputs.text.required') }, t('forms.fixBelow'));
      return;
    }
    try {
      await update({ variables: { input: { outputId: output.id, version: output.version, kind: values.kind, text: values.text.trim() } } });
      announce(t('workshops.saved'));
      onDone();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <form aria-label={t('workshops.outputs.edit')} className="stack output__form" noValidate onSubmit={(e) => void submit(e)}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        name="kind"
        label={t('workshops.capture.kind')}
        value={values.kind}
        onChange={(e) => setValues({ ...values, kind: e.target.value as WorkshopOutputKind })}
        error={errors.field('kind')}
      >
        {WORKSHOP_OUTPUT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`workshops.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="text"
        label={t('workshops.capture.text')}
        value={values.text}
        onChange={(e) => setValues({ ...values, text: e.target.value })}
        error={errors.field('text')}
        autoFocus
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('workshops.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

interface ConvertValues {
  target: Target;
  title: string;
  assigneeId: string;
  dueDate: string;
  name: string;
  serviceAreaId: string;
  itemKey: string;
}

function ConvertOutput({
  output,
  context,
  onDone,
  onCancel,
}: {
  output: WorkshopOutput;
  context: OutputsContext;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<ConvertValues>({
    target: USUAL_TARGET[output.kind],
    title: '',
    assigneeId: '',
    dueDate: '',
    name: '',
    serviceAreaId: '',
    itemKey: '',
  });
  const set = <K extends keyof ConvertValues>(field: K, value: ConvertValues[K]) => setValues((v) => ({ ...v, [field]: value }));
  // Field names follow the API's paths under input.into, so its messages land on the right field.
  const named = {
    into: {
      task: { title: values.title, assigneeId: values.assigneeId, dueDate: values.dueDate },
      initiative: { name: values.name, serviceAreaId: values.serviceAreaId },
      priorityArea: { serviceAreaId: values.serviceAreaId },
      checklistTick: { itemKey: values.itemKey },
    },
  };
  const errors = useFormErrors(named);
  const announce = useAnnounce();
  const [convert, { loading }] = useMutation(CONVERT_OUTPUT);
  const areas = context.serviceAreas.filter((a) => a.active);

  const into = (): WorkshopConversionTarget => {
    switch (values.target) {
      case 'task':
        return {
          task: {
            ...(values.title.trim() ? { title: values.title.trim() } : {}),
            assigneeId: values.assigneeId || null,
            dueDate: values.dueDate || null,
          },
        };
      case 'initiative':
        return { initiative: { serviceAreaId: values.serviceAreaId, ...(values.name.trim() ? { name: values.name.trim() } : {}) } };
      case 'priorityArea':
        return { priorityArea: { serviceAreaId: values.serviceAreaId } };
      case 'checklistTick':
        return { checklistTick: { itemKey: values.itemKey } };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if ((values.target === 'initiative' || values.target === 'priorityArea') && !values.serviceAreaId)
      missing[`into.${values.target}.serviceAreaId`] = t('workshops.convert.serviceAreaId.required');
    if (values.target === 'checklistTick' && !values.itemKey)
      missing['into.checklistTick.itemKey'] = t('workshops.convert.itemKey.required');
    if (Object.keys(missing).length) {
      errors.setLocal(missing, t('forms.fixBelow'));
      return;
    }
    try {
      await convert({ variables: { input: { outputId: output.id, version: output.version, into: into() } } });
      announce(t('workshops.convert.done'));
      onDone();
    } catch (error) {
      errors.fromError(error);
    }
  };

  const summary =
    errors.summary && errors.problem?.code !== 'LOCAL' ? t('workshops.convert.failed', { problem: errors.summary }) : errors.summary;
  const p = `into.${values.target}`;
  return (
    <form aria-label={t('workshops.convert.form')} className="stack output__form" noValidate onSubmit={(e) => void submit(e)}>
      <FormSummary message={summary} fields={errors.problem?.fields} />
      <SelectField
        name="target"
        label={t('workshops.convert.into')}
        value={values.target}
        onChange={(e) => set('target', e.target.value as Target)}
        autoFocus
      >
        {TARGETS.map((x) => (
          <option key={x} value={x}>
            {t(`workshops.convert.into.${x}`)}
          </option>
        ))}
      </SelectField>
      {values.target === 'task' && (
        <>
          <Field
            name={`${p}.title`}
            label={t('workshops.convert.task.title')}
            hint={t('workshops.convert.textHint')}
            value={values.title}
            maxLength={200}
            onChange={(e) => set('title', e.target.value)}
            error={errors.field(`${p}.title`)}
          />
          <MemberSelectField
            name={`${p}.assigneeId`}
            label={t('workshops.convert.task.assigneeId')}
            none={t('workshops.convert.task.assigneeId.none')}
            members={context.members}
            value={values.assigneeId}
            onChange={(e) => set('assigneeId', e.target.value)}
            error={errors.field(`${p}.assigneeId`)}
          />
          <Field
            name={`${p}.dueDate`}
            type="date"
            label={t('workshops.convert.task.dueDate')}
            value={values.dueDate}
            onChange={(e) => set('dueDate', e.target.value)}
            error={errors.field(`${p}.dueDate`)}
          />
        </>
      )}
      {values.target === 'initiative' && (
        <Field
          name={`${p}.name`}
          label={t('workshops.convert.initiative.name')}
          hint={t('workshops.convert.textHint')}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.field(`${p}.name`)}
        />
      )}
      {(values.target === 'initiative' || values.target === 'priorityArea') && (
        <SelectField
          name={`${p}.serviceAreaId`}
          label={t('workshops.convert.serviceAreaId')}
          value={values.serviceAreaId}
          onChange={(e) => set('serviceAreaId', e.target.value)}
          error={errors.field(`${p}.serviceAreaId`)}
        >
          <option value="">{t('workshops.convert.serviceAreaId.choose')}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </SelectField>
      )}
      {values.target === 'checklistTick' &&
        (context.checklistItems.length === 0 ? (
          <p className="muted">{t('workshops.convert.itemKey.none')}</p>
        ) : (
          <SelectField
            name={`${p}.itemKey`}
            label={t('workshops.convert.itemKey')}
            value={values.itemKey}
            onChange={(e) => set('itemKey', e.target.value)}
            error={errors.field(`${p}.itemKey`)}
          >
            <option value="">{t('workshops.convert.itemKey.choose')}</option>
            {context.checklistItems.map((i) => (
              <option key={i.key} value={i.key}>
                {i.title}
              </option>
            ))}
          </SelectField>
        ))}
      <div className="actions">
        <Button
          type="submit"
          variant="primary"
          busy={loading}
          disabled={values.target === 'checklistTick' && context.checklistItems.length === 0}
        >
          {t('workshops.convert.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
