import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'react-router';
import { describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { MemberSelectField } from '../../components/MemberSelectField';
import type { Formatter } from '../../format/format';
import { hasDraft, useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { Step, TaskFieldsFragment, TaskFilter, TaskStatus } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { ASSIGN_TASK, CREATE_TASKS, PROGRAMME_TASKS, UPDATE_TASK } from './operations';
import { TaskEditor, taskEditorId } from './TaskEditor';

export const TASK_STATUSES: readonly TaskStatus[] = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
const STEP_ORDER: readonly Step[] = ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'];
const PAGE = 20;
/** createTasks takes up to 100 at once (libs/programmes/src/tasks/task.inputs.ts). */
const MAX_BATCH = 100;
const MAX_TITLE = 200;

export interface Member {
  id: string;
  name: string;
}

type Scope = 'all' | 'mine' | 'overdue';

export interface TasksProps {
  programmeId: string;
  cycle: number;
  currentStep: Step;
  members: readonly Member[];
  mayManage: boolean;
  timeZone: string;
  format: Formatter;
  person: (userId: string) => string | undefined;
}

/** The programme's tasks in this cycle: add several at once, filter mine / overdue, assign, change status, page. */
export function Tasks({ programmeId, cycle, currentStep, members, mayManage, timeZone, format, person }: TasksProps) {
  const [scope, setScope] = useState<Scope>('all');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors.at(-1) ?? null;
  const filter: TaskFilter = { cycle, ...(scope === 'mine' ? { mine: true } : {}), ...(scope === 'overdue' ? { overdue: true } : {}) };
  const { data, previousData, error, loading, refetch } = useQuery(PROGRAMME_TASKS, {
    variables: { id: programmeId, filter, first: PAGE, after },
    notifyOnNetworkStatusChange: true,
  });
  const tasks = (data ?? previousData)?.programme.tasks;
  const scopeName = useId();

  const changeScope = (next: Scope) => {
    setScope(next);
    setCursors([null]);
  };

  return (
    <>
      {mayManage && (
        <AddTasks
          programmeId={programmeId}
          currentStep={currentStep}
          members={members}
          timeZone={timeZone}
          onAdded={() => void refetch()}
        />
      )}
      <fieldset className="segmented">
        <legend>{t('programme.tasks.show')}</legend>
        {(['all', 'mine', 'overdue'] as const).map((value) => (
          <label key={value} className="segmented__option">
            <input type="radio" name={scopeName} value={value} checked={scope === value} onChange={() => changeScope(value)} />
            {t(`programme.tasks.scope.${value}`)}
          </label>
        ))}
      </fieldset>
      {!tasks ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )
      ) : tasks.totalCount === 0 ? (
        <EmptyState title={t(`programme.tasks.empty.${scope}`)}>
          {scope === 'all' && mayManage && <p>{t('programme.tasks.empty.suggest')}</p>}
        </EmptyState>
      ) : (
        <>
          {error && (
            <p className="banner banner--warning" role="status">
              {describeApiError(error).summary}
            </p>
          )}
          <ul className="tasks" aria-busy={loading || undefined}>
            {tasks.edges.map(({ node }) => (
              <TaskRow
                key={node.id}
                task={node}
                members={members}
                mayManage={mayManage}
                format={format}
                person={person}
                onChanged={() => void refetch()}
              />
            ))}
          </ul>
          <div className="pager">
            <p className="pager__count">
              {t('programme.tasks.range', {
                from: (cursors.length - 1) * PAGE + 1,
                to: (cursors.length - 1) * PAGE + tasks.edges.length,
                total: tasks.totalCount,
              })}
            </p>
            <div className="actions actions--tight">
              {cursors.length > 1 && <Button onClick={() => setCursors((c) => c.slice(0, -1))}>{t('programme.tasks.previous')}</Button>}
              {tasks.pageInfo.hasNextPage && tasks.pageInfo.endCursor && (
                <Button onClick={() => setCursors((c) => [...c, tasks.pageInfo.endCursor!])}>{t('programme.tasks.next')}</Button>
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}

function TaskRow({
  task,
  members,
  mayManage,
  format,
  person,
  onChanged,
}: {
  task: TaskFieldsFragment;
  members: readonly Member[];
  mayManage: boolean;
  format: Formatter;
  person: TasksProps['person'];
  onChanged: () => void;
}) {
  const { pathname } = useLocation();
  // Open again with what was typed when the person comes back (an expired session, a reload).
  const [editing, setEditing] = useState(() => hasDraft(pathname, taskEditorId(task.id)));
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading: saving }] = useMutation(UPDATE_TASK);
  const [assign, { loading: assigning }] = useMutation(ASSIGN_TASK);
  const announce = useAnnounce();
  const titleId = useId();

  const quick = async (change: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await change();
      announce(done);
      onChanged();
    } catch (error) {
      // A quick change raced someone else's: show why, and read the list again so the row is current.
      setProblem(describeApiError(error).summary);
      onChanged();
    }
  };

  return (
    <li className="tasks__task" aria-labelledby={titleId}>
      <div className="tasks__main">
        <span id={titleId} className="tasks__title">
          {task.title}
        </span>
        <span className="tasks__meta">
          {t(`steps.${task.step}`)} · {t(`priority.${task.priority}`)}
          {task.dueDate && (
            <>
              {' · '}
              <span className={task.overdue ? 'overdue' : undefined}>
                {task.overdue
                  ? t('programme.tasks.overdue', { day: format.day(task.dueDate) })
                  : t('programme.tasks.due', { day: format.day(task.dueDate) })}
              </span>
            </>
          )}
          {!mayManage && (
            <>
              {' · '}
              {t(`programme.taskStatus.${task.status}`)} ·{' '}
              {task.assigneeId ? (person(task.assigneeId) ?? t('programme.event.formerMember')) : t('programme.tasks.unassigned')}
            </>
          )}
        </span>
        {task.description && <p className="tasks__description">{task.description}</p>}
      </div>
      {mayManage && !editing && (
        <div className="tasks__controls">
          <SelectField
            label={t('programme.tasks.status')}
            name="status"
            value={task.status}
            disabled={saving}
            aria-describedby={titleId}
            onChange={(e) => {
              const status = e.target.value as TaskStatus;
              void quick(
                () => update({ variables: { input: { taskId: task.id, version: task.version, status } } }),
                t('programme.tasks.statusChanged', { task: task.title, status: t(`programme.taskStatus.${status}`) }),
              );
            }}
          >
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`programme.taskStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <MemberSelectField
            label={t('programme.tasks.assignee')}
            name="assigneeId"
            value={task.assigneeId ?? ''}
            disabled={assigning}
            onChange={(e) => {
              const assigneeId = e.target.value || null;
              void quick(
                () => assign({ variables: { input: { taskId: task.id, version: task.version, assigneeId } } }),
                assigneeId
                  ? t('programme.tasks.assigned', { task: task.title, who: person(assigneeId) ?? '' })
                  : t('programme.tasks.unassignedDone', { task: task.title }),
              );
            }}
            members={members}
            none={t('programme.tasks.nobody')}
          />
          <Button variant="link" onClick={() => setEditing(true)} aria-describedby={titleId}>
            {t('programme.tasks.edit')}
          </Button>
        </div>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {editing && (
        <TaskEditor
          task={task}
          members={members}
          format={format}
          person={person}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged();
          }}
        />
      )}
    </li>
  );
}

/** Several tasks at once: one title per line, all in one step, optionally for one person by one day. */
function AddTasks({
  programmeId,
  currentStep,
  members,
  timeZone,
  onAdded,
}: {
  programmeId: string;
  currentStep: Step;
  members: readonly Member[];
  timeZone: string;
  onAdded: () => void;
}) {
  const draft = useDraft('add-tasks', { titles: '', step: currentStep as string, assigneeId: '', dueDate: '' });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [create, { loading }] = useMutation(CREATE_TASKS);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => draft.set(field, e.target.value);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const titles = values.titles
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const problems: Record<string, string> = {};
    if (titles.length === 0) problems.titles = t('programme.tasks.add.none');
    else if (titles.length > MAX_BATCH) problems.titles = t('programme.tasks.add.tooMany', { max: MAX_BATCH, count: titles.length });
    else {
      const long = titles.findIndex((title) => title.length > MAX_TITLE);
      if (long >= 0) problems.titles = t('programme.tasks.add.tooLong', { line: long + 1, max: MAX_TITLE });
    }
    if (Object.keys(problems).length > 0) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            tasks: titles.map((title) => ({
              programmeId,
              title,
              step: values.step as Step,
              assigneeId: values.assigneeId || undefined,
              dueDate: values.dueDate || undefined,
            })),
          },
        },
      });
      errors.clear();
      draft.clear();
      announce(t('programme.tasks.add.done', { count: data?.createTasks.length ?? titles.length }));
      onAdded();
    } catch (error) {
      const problem = errors.fromError(error);
      // The API names each task's field (tasks.3.title); the form has one box for all the lines.
      const byLine = Object.entries(problem.fields).filter(([field]) => /^tasks\.\d+\./.test(field));
      if (byLine.length > 0) {
        const fields: Record<string, string> = {};
        for (const [field, message] of byLine) {
          const [, index, name] = /^tasks\.(\d+)\.(\w+)/.exec(field)!;
          const target = name === 'title' ? 'titles' : name;
          fields[target] ??=
            name === 'title' ? t('programme.tasks.add.lineProblem', { line: Number(index) + 1, problem: message }) : message;
        }
        errors.setLocal(fields, problem.summary);
      }
    }
  };

  return (
    <form className="add-tasks" onSubmit={submit} noValidate aria-labelledby="add-tasks-title">
      <h3 id="add-tasks-title">{t('programme.tasks.add.title')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <TextAreaField
        label={t('programme.tasks.add.titles')}
        hint={t('programme.tasks.add.titlesHint', { max: MAX_BATCH })}
        name="titles"
        rows={3}
        value={values.titles}
        onChange={set('titles')}
        error={errors.field('titles')}
      />
      <p className="field__hint">{t('programme.tasks.dueHint', { timeZone })}</p>
      <div className="add-tasks__row">
        <SelectField
          label={t('programme.tasks.add.step')}
          name="step"
          value={values.step}
          onChange={set('step')}
          error={errors.field('step')}
        >
          {STEP_ORDER.map((step) => (
            <option key={step} value={step}>
              {t(`steps.${step}`)}
            </option>
          ))}
        </SelectField>
        <MemberSelectField
          label={t('programme.tasks.assignee')}
          name="assigneeId"
          value={values.assigneeId}
          onChange={set('assigneeId')}
          error={errors.field('assigneeId')}
          members={members}
          none={t('programme.tasks.nobody')}
        />
        <Field
          label={t('programme.tasks.dueDate')}
          name="dueDate"
          type="date"
          value={values.dueDate}
          onChange={set('dueDate')}
          error={errors.field('dueDate')}
        />
      </div>
      <Button type="submit" variant="primary" busy={loading}>
        {t('programme.tasks.add.submit')}
      </Button>
    </form>
  );
}
