import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../format/format';
import { renderScreen } from '../../test/render';
import { ConflictMessage } from './ConflictMessage';
import { TASK, UPDATE_TASK } from './operations';
import { TaskEditor } from './TaskEditor';

const format = createFormatter('Europe/London', 'GBP');
const members = [
  { id: 'user-1', name: 'Pat Example' },
  { id: 'user-2', name: 'Sam Other' },
];

const LOADED = {
  __typename: 'Task',
  id: 'task-1',
  title: 'Book the hall',
  description: '',
  status: 'TODO',
  priority: 'MEDIUM',
  step: 'MAP',
  cycle: 1,
  dueDate: '2026-12-15',
  overdue: false,
  assigneeId: null,
  version: 1,
  updatedAt: '2026-12-01T09:00:00Z',
} as const;
/** What someone else saved meanwhile: another status and due date, the title untouched. */
const THEIRS = { ...LOADED, status: 'IN_PROGRESS', dueDate: '2026-12-20', version: 2, updatedAt: '2026-12-02T11:00:00Z' } as const;

const conflict = new GraphQLError('Task was changed by someone else (now at version 2); reload it and try again', {
  extensions: { code: 'CONFLICT', currentVersion: 2 },
});

describe('ConflictMessage', () => {
  it('says what changed, theirs against yours, and offers to reload', async () => {
    const onReload = vi.fn();
    render(
      <ConflictMessage
        what="this task"
        changes={[
          { label: 'Status', before: 'To do', theirs: 'In progress', yours: 'Done' },
          { label: 'Due date', before: '15 Dec 2026', theirs: '20 Dec 2026' },
        ]}
        events={['Sam Other set a task in Map it to In progress.']}
        onReload={onReload}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveAccessibleName('Someone else changed this task while you were working on it.');
    const rows = within(alert).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'FieldWhen you opened itNow (theirs)Yours',
      'StatusTo doIn progressDone',
      'Due date15 Dec 202620 Dec 2026Not changed by you',
    ]);
    expect(alert).toHaveTextContent('Sam Other set a task in Map it to In progress.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload theirs and keep my changes' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('in the task editor: a save that meets someone else’s change shows it, and reloading keeps what the user typed', async () => {
    const onDone = vi.fn();
    const mocks = [
      {
        request: { query: UPDATE_TASK, variables: { input: { taskId: 'task-1', version: 1, title: 'Book the big hall' } } },
        result: { errors: [conflict] },
      },
      { request: { query: TASK, variables: { id: 'task-1' } }, result: { data: { task: THEIRS } } },
      {
        request: { query: UPDATE_TASK, variables: { input: { taskId: 'task-1', version: 2, title: 'Book the big hall' } } },
        result: { data: { updateTask: { ...THEIRS, title: 'Book the big hall', version: 3 } } },
      },
    ];
    renderScreen(
      <TaskEditor
        task={LOADED}
        members={members}
        format={format}
        person={(id) => members.find((m) => m.id === id)?.name}
        onDone={onDone}
      />,
      {
        path: '/o/org-1/programmes/p-1',
        mocks,
      },
    );

    const title = await screen.findByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Book the big hall');
    await userEvent.click(screen.getByRole('button', { name: 'Save task' }));

    const alert = await screen.findByRole('alert', { name: 'Someone else changed this task while you were working on it.' });
    const rows = within(alert)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toContain('StatusTo doIn progress');
    expect(rows).toContain('Due date15 Dec 202620 Dec 2026');
    expect(rows.some((row) => row?.startsWith('Title'))).toBe(false); // they did not touch the title
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload theirs and keep my changes' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Book the big hall');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('IN_PROGRESS');
    expect(screen.getByLabelText('Due date')).toHaveValue('2026-12-20');
    expect(screen.getByText(/^Reloaded: their changes are in/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save task' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });
});
