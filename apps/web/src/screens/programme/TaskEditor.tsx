import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { MemberSelectField } from '../../components/MemberSelectField';
import type { Formatter } from '../../format/format';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { TaskFieldsFragment, TaskPriority, TaskStatus } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { ConflictMessage, type FieldChange } from './ConflictMessage';
import { ASSIGN_TASK, TASK, UPDATE_TASK } from './operations';

const PRIORITIES: readonly TaskPriority[] = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];
const STATUSES: readonly TaskStatus[] = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];

/** The fields the editor changes, as strings (an empty due date is none). */
interface TaskDraft {
  title: string;
  description: string;
  dueDate: string;
  priority: TaskPriority;
  status: TaskStatus;
  assigneeId: string;
}
type DraftField = keyof TaskDraft;
const FIELDS: readonly DraftField[] = ['title', 'description', 'dueDate', 'priority', 'status', 'assigneeId'];

/** The editor's draft of one task (sessionStorage, this tab), so a form left open comes back as typed. */
export const taskEditorId = (taskId: string) => `task-${taskId}`;

function draftOf(task: TaskFieldsFragment): TaskDraft {
  return {
    title: task.title,
    description: task.description,
    dueDate: task.dueDate ?? '',
    priority: task.priority,
    status: task.status,
    assigneeId: task.assigneeId ?? '',
  };
}

export interface TaskEditorProps {
  task: TaskFieldsFragment;
  members: ReadonlyArray<{ id: string; name: string }>;
  format: Formatter;
  person: (userId: string) => string | undefined;
  onDone: (saved: boolean) => void;
}

/**
 * Edits one task against the version it was opened at. When someone else saved it meanwhile (the
 * API's CONFLICT), it reads the task again and says which fields they changed, theirs against the
 * user's; reloading takes their version and keeps every field the user had changed.
 */
export function TaskEditor({ task, members, format, person, onDone }: TaskEditorProps) {
  const client = useApolloClient();
  const [base, setBase] = useState(task);
  const kept = useDraft(taskEditorId(task.id), draftOf(task));
  const draft = kept.values;
  const [conflict, setConflict] = useState<{ current: TaskFieldsFragment; changes: FieldChange[] } | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const errors = useFormErrors(draft);
  const [update, { loading }] = useMutation(UPDATE_TASK);

  const shown = (field: DraftField, value: string): string => {
    if (field === 'status') return t(`programme.taskStatus.${value as TaskStatus}`);
    if (field === 'priority') return t(`priority.${value as TaskPriority}`);
    if (field === 'dueDate') return value ? format.day(value) : t('programme.tasks.noDueDate');
    if (field === 'assigneeId') return value ? (person(value) ?? t('programme.event.formerMember')) : t('programme.tasks.nobody');
    return value || t('programme.conflict.empty');
  };

  const edited = (field: DraftField) => draft[field] !== draftOf(base)[field];
  const set = (field: DraftField) => (e: { target: { value: string } }) => kept.set(field, e.target.value as never);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) {
      errors.setLocal({ title: t('programme.tasks.titleRequired') }, t('forms.fixBelow'));
      return;
    }
    const changed = FIELDS.filter(edited);
    if (changed.length === 0) {
      kept.clear();
      onDone(false);
      return;
    }
    const { assigneeId, ...rest } = Object.fromEntries(changed.map((f) => [f, draft[f]])) as Partial<TaskDraft>;
    const input = {
      taskId: base.id,
      version: base.version,
      ...(rest.title !== undefined ? { title: rest.title.trim() } : {}),
      ...(rest.description !== undefined ? { description: rest.description } : {}),
      ...(rest.priority !== undefined ? { priority: rest.priority } : {}),
      ...(rest.status !== undefined ? { status: rest.status } : {}),
      ...(rest.dueDate !== undefined ? (rest.dueDate ? { dueDate: rest.dueDate } : { clearDueDate: true }) : {}),
    };
    try {
      let version = base.version;
      if (Object.keys(input).length > 2) version = (await update({ variables: { input } })).data?.updateTask.version ?? version + 1;
      // Assignment is its own mutation, sent with the version the edit above left.
      if (assigneeId !== undefined)
        await client.mutate({ mutation: ASSIGN_TASK, variables: { input: { taskId: base.id, version, assigneeId: assigneeId || null } } });
      kept.clear();
      onDone(true);
    } catch (error) {
      const problem = errors.fromError(error);
      if (problem.code !== 'CONFLICT') return;
      const { data } = await client.query({ query: TASK, variables: { id: base.id }, fetchPolicy: 'network-only' });
      if (!data) return;
      const now = draftOf(data.task);
      const before = draftOf(base);
      const changes = FIELDS.filter((f) => now[f] !== before[f]).map((f) => ({
        label: t(`programme.tasks.field.${f}`),
        before: shown(f, before[f]),
        theirs: shown(f, now[f]),
        yours: edited(f) ? shown(f, draft[f]) : undefined,
      }));
      setConflict({ current: data.task, changes });
    }
  };

  const reload = () => {
    if (!conflict) return;
    const before = draftOf(base);
    const now = draftOf(conflict.current);
    // Theirs wherever the user left a field alone; the user's own value wherever they changed it.
    kept.replace(Object.fromEntries(FIELDS.map((f) => [f, draft[f] !== before[f] ? draft[f] : now[f]])) as unknown as TaskDraft);
    setBase(conflict.current);
    setConflict(null);
    setReloaded(true);
    errors.clear();
  };

  return (
    <form className="task-editor" onSubmit={submit} noValidate aria-label={t('programme.tasks.editLabel', { task: base.title })}>
      {conflict ? (
        <ConflictMessage what={t('programme.conflict.thisTask')} changes={conflict.changes} onReload={reload} />
      ) : (
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      )}
      {reloaded && !conflict && (
        <p className="notice" role="status">
          {t('programme.conflict.reloaded')}
        </p>
      )}
      <Field
        label={t('programme.tasks.field.title')}
        name="title"
        value={draft.title}
        onChange={set('title')}
        error={errors.field('title')}
        maxLength={200}
        autoFocus
      />
      <TextAreaField
        label={t('programme.tasks.field.description')}
        name="description"
        value={draft.description}
        onChange={set('description')}
        error={errors.field('description')}
        rows={2}
      />
      <div className="add-tasks__row">
        <SelectField
          label={t('programme.tasks.field.status')}
          name="status"
          value={draft.status}
          onChange={set('status')}
          error={errors.field('status')}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`programme.taskStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('programme.tasks.field.priority')}
          name="priority"
          value={draft.priority}
          onChange={set('priority')}
          error={errors.field('priority')}
        >
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </SelectField>
        <MemberSelectField
          label={t('programme.tasks.field.assigneeId')}
          name="assigneeId"
          value={draft.assigneeId}
          onChange={set('assigneeId')}
          error={errors.field('assigneeId')}
          members={members}
          none={t('programme.tasks.nobody')}
        />
        <Field
          label={t('programme.tasks.field.dueDate')}
          name="dueDate"
          type="date"
          value={draft.dueDate}
          onChange={set('dueDate')}
          error={errors.field('dueDate')}
        />
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading} disabled={conflict !== null}>
          {t('programme.tasks.save')}
        </Button>
        <Button
          onClick={() => {
            kept.clear();
            onDone(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
