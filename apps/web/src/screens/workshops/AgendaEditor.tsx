import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { AGENDA_MAX_MINUTES } from '../../../../../libs/workflow/src/workshop-agendas';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import {
  ADD_AGENDA_ITEM,
  CREATE_TEMPLATE,
  REMOVE_AGENDA_ITEM,
  REORDER_AGENDA,
  UPDATE_AGENDA_ITEM,
  type WorkshopDetail,
  type AgendaItem,
} from './operations';

type Workshop = Pick<WorkshopDetail, 'id' | 'title' | 'step' | 'version' | 'agenda'>;

/** A whole number of minutes the API takes, or null. */
function minutesOf(value: string): number | null {
  const n = Number(value);
  return /^\d+$/.test(value.trim()) && n >= 1 && n <= AGENDA_MAX_MINUTES ? n : null;
}

function checkSection(values: { title: string; minutes: string }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.title.trim()) problems.title = t('workshops.agenda.field.title.required');
  if (!values.minutes.trim()) problems.minutes = t('workshops.agenda.field.minutes.required');
  else if (minutesOf(values.minutes) === null) problems.minutes = t('workshops.agenda.field.minutes.invalid');
  return problems;
}

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The agenda in order. Those who plan add, edit, remove and move sections (Up / Down buttons,
 * keyboard reachable; focus stays with the moved section), and keep the agenda as one of their
 * templates. Every change sends the workshop's version; the answer is the workshop, which Apollo's
 * cache puts on the page.
 */
export function AgendaEditor({ workshop, editable, mayKeepTemplate }: { workshop: Workshop; editable: boolean; mayKeepTemplate: boolean }) {
  const announce = useAnnounce();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [reorder, reordering] = useMutation(REORDER_AGENDA);
  const [remove, removing] = useMutation(REMOVE_AGENDA_ITEM);
  const agenda = workshop.agenda;
  const total = agenda.reduce((sum, a) => sum + a.minutes, 0);

  const move = async (item: AgendaItem, by: -1 | 1) => {
    const from = agenda.findIndex((a) => a.id === item.id);
    const to = from + by;
    if (to < 0 || to >= agenda.length) return;
    const ids = agenda.map((a) => a.id);
    [ids[from], ids[to]] = [ids[to], ids[from]];
    try {
      await reorder({ variables: { input: { workshopId: workshop.id, version: workshop.version, agendaItemIds: ids } } });
      setProblem(null);
      announce(t('workshops.agenda.moved', { title: item.title, position: to + 1 }));
      // Keep focus on the same button of the moved section; at an end, on the other one.
      const edge = (by === -1 && to === 0) || (by === 1 && to === agenda.length - 1);
      focusLater(`agenda-${by === -1 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down'}-${item.id}`);
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const doRemove = async (item: AgendaItem) => {
    try {
      await remove({ variables: { input: { agendaItemId: item.id, version: workshop.version } } });
      setProblem(null);
      announce(t('workshops.agenda.removed', { title: item.title }));
      focusLater('agenda-title');
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  return (
    <>
      {problem && (
        <div className="form-summary" role="alert">
          <p>{problem.summary}</p>
        </div>
      )}
      {agenda.length === 0 ? (
        <p>{t('workshops.agenda.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('workshops.agenda.total', { count: total })}</p>
          <ol className="agenda" aria-label={t('workshops.agenda.label')}>
            {agenda.map((item, i) => (
              <li key={item.id} className="agenda__item">
                {editing === item.id ? (
                  <SectionForm
                    workshop={workshop}
                    item={item}
                    onDone={() => {
                      setEditing(null);
                      focusLater(`agenda-edit-${item.id}`);
                    }}
                  />
                ) : (
                  <>
                    <span className="agenda__title">
                      {i + 1}. {item.title}
                    </span>{' '}
                    <span className="muted">{t('workshops.agenda.minutes', { count: item.minutes })}</span>
                    {editable && (
                      <span className="agenda__actions">
                        <Button
                          id={`agenda-up-${item.id}`}
                          aria-label={t('workshops.agenda.up', { title: item.title })}
                          disabled={i === 0}
                          busy={reordering.loading}
                          onClick={() => void move(item, -1)}
                        >
                          {t('workshops.agenda.upShort')}
                        </Button>
                        <Button
                          id={`agenda-down-${item.id}`}
                          aria-label={t('workshops.agenda.down', { title: item.title })}
                          disabled={i === agenda.length - 1}
                          busy={reordering.loading}
                          onClick={() => void move(item, 1)}
                        >
                          {t('workshops.agenda.downShort')}
                        </Button>
                        <Button
                          id={`agenda-edit-${item.id}`}
                          aria-label={t('workshops.agenda.edit', { title: item.title })}
                          onClick={() => setEditing(item.id)}
                        >
                          {t('workshops.outputs.edit')}
                        </Button>
                        <Button
                          variant="danger"
                          aria-label={t('workshops.agenda.remove', { title: item.title })}
                          busy={removing.loading}
                          onClick={() => void doRemove(item)}
                        >
                          {t('workshops.agenda.removeShort')}
                        </Button>
                      </span>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {editable && (
        <details className="workshops__more">
          <summary>{t('workshops.agenda.add')}</summary>
          <SectionForm workshop={workshop} onDone={() => focusLater('agenda-title')} />
        </details>
      )}
      {mayKeepTemplate && agenda.length > 0 && (
        <details className="workshops__more">
          <summary>{t('workshops.agenda.template')}</summary>
          <KeepTemplate workshop={workshop} />
        </details>
      )}
    </>
  );
}

/** Adds a section (no `item`) or edits one. */
function SectionForm({ workshop, item, onDone }: { workshop: Workshop; item?: AgendaItem; onDone: () => void }) {
  const announce = useAnnounce();
  const draft = useDraft(item ? `agenda-${item.id}` : 'agenda-add', {
    title: item?.title ?? '',
    minutes: item ? String(item.minutes) : '',
  });
  const errors = useFormErrors(draft.values);
  const [add, adding] = useMutation(ADD_AGENDA_ITEM);
  const [update, updating] = useMutation(UPDATE_AGENDA_ITEM);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkSection(draft.values);
    if (Object.keys(problems).length) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    const title = draft.values.title.trim();
    const minutes = minutesOf(draft.values.minutes)!;
    try {
      if (item) {
        await update({ variables: { input: { agendaItemId: item.id, version: workshop.version, title, minutes } } });
      } else {
        await add({ variables: { input: { workshopId: workshop.id, version: workshop.version, title, minutes } } });
        announce(t('workshops.agenda.added', { title }));
      }
      draft.clear();
      errors.clear();
      onDone();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <form
      aria-label={item ? t('workshops.agenda.editForm', { title: item.title }) : t('workshops.agenda.add')}
      className="stack agenda__form"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        name="title"
        label={t('workshops.agenda.field.title')}
        value={draft.values.title}
        maxLength={200}
        onChange={(e) => draft.set('title', e.target.value)}
        error={errors.field('title')}
        autoFocus={Boolean(item)}
      />
      <Field
        name="minutes"
        inputMode="numeric"
        label={t('workshops.agenda.field.minutes')}
        hint={t('workshops.agenda.field.minutes.hint')}
        value={draft.values.minutes}
        onChange={(e) => draft.set('minutes', e.target.value)}
        error={errors.field('minutes')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={adding.loading || updating.loading}>
          {item ? t('workshops.save') : t('workshops.agenda.addSubmit')}
        </Button>
        {item && (
          <Button
            onClick={() => {
              draft.clear();
              onDone();
            }}
          >
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** Keeps the agenda as one of the planner's own templates (createWorkshopTemplate). */
function KeepTemplate({ workshop }: { workshop: Workshop }) {
  const announce = useAnnounce();
  const [values, setValues] = useState({ title: workshop.title });
  const errors = useFormErrors(values);
  const [saved, setSaved] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_TEMPLATE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) {
      errors.setLocal({ title: t('workshops.agenda.template.title.required') }, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            title: values.title.trim(),
            step: workshop.step,
            sections: workshop.agenda.map((a) => ({ title: a.title, minutes: a.minutes, checklistKeys: a.checklistKeys })),
          },
        },
      });
      if (!data) return;
      const message = t('workshops.agenda.template.saved', { title: data.createWorkshopTemplate.title });
      setSaved(message);
      announce(message);
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <form aria-label={t('workshops.agenda.template')} className="stack" noValidate onSubmit={(e) => void submit(e)}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        name="title"
        label={t('workshops.agenda.template.title')}
        value={values.title}
        maxLength={200}
        onChange={(e) => {
          setValues({ title: e.target.value });
          setSaved(null);
        }}
        error={errors.field('title')}
      />
      <div className="actions">
        <Button type="submit" busy={loading}>
          {t('workshops.agenda.template.submit')}
        </Button>
      </div>
      {saved && <p className="notice">{saved}</p>}
    </form>
  );
}
