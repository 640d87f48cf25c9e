import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { CONVERT_OUTPUT, type WorkshopOutput } from './operations';
import { Outputs, type OutputsContext } from './Outputs';

const base = { agendaItemId: null, guestName: null, convertedKind: null, convertedId: null, conversionStands: null, version: 2 };
const ACTION = {
  ...base,
  id: 'out-1',
  kind: 'ACTION',
  text: 'Ask the friends group to map the ponds',
} as WorkshopOutput;
const PRIORITY = { ...base, id: 'out-2', kind: 'PRIORITY', text: 'Parks before libraries' } as WorkshopOutput;
const DONE = {
  ...base,
  id: 'out-3',
  kind: 'DECISION',
  text: 'The existing joint work is recorded',
  convertedKind: 'CHECKLIST_TICK',
  convertedId: 'item-4',
  conversionStands: false,
} as WorkshopOutput;

const CONTEXT: OutputsContext = {
  organisationId: 'org-1',
  programmeId: 'p-1',
  step: 'MAP',
  members: [{ id: 'user-2', name: 'Sam Consultant' }],
  serviceAreas: [{ id: 'sa-1', name: 'Parks', active: true }],
  checklistItems: [{ key: 'map.check_with_citizens', title: 'Check the map with residents' }],
};

function renderOutputs(mocks: object[] = [], mayChange = true) {
  renderScreen(<Outputs outputs={[ACTION, PRIORITY, DONE]} agenda={[]} context={CONTEXT} mayChange={mayChange} />, {
    path: '/o/org-1/workshops/w-1',
    mocks: mocks as never,
  });
}

describe('Outputs', () => {
  it('filters by kind, and links a converted output to what it became, with nothing left to change on it', async () => {
    renderOutputs();
    const list = screen.getByRole('list', { name: 'Outputs in the order captured' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const done = within(list).getByRole('listitem', { name: /The existing joint work is recorded/ });
    expect(done).toHaveTextContent('Ticked a checklist item');
    expect(within(done).getByRole('link', { name: 'See the step’s checklist' })).toHaveAttribute(
      'href',
      '/o/org-1/programmes/p-1?step=MAP',
    );
    expect(done).toHaveTextContent('What it became has since been deleted or unticked');
    expect(within(done).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'PRIORITY');
    expect(within(screen.getByRole('list', { name: 'Outputs in the order captured' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('option', { name: 'Priority (1)' })).toBeInTheDocument();
  });

  it('keeps an output whose conversion is refused, with the API’s words beside it and on the field at fault', async () => {
    const errors = [
      new GraphQLError('Invalid input', {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.into.task.assigneeId', message: 'is not a member of the organisation' }],
        },
      }),
    ];
    const input = { outputId: 'out-1', version: 2, into: { task: { assigneeId: 'user-2', dueDate: '2027-08-01' } } };
    renderOutputs([{ request: { query: CONVERT_OUTPUT, variables: { input } }, result: { errors } }]);
    const action = screen.getByRole('listitem', { name: /Ask the friends group/ });
    await userEvent.click(within(action).getByRole('button', { name: 'Convert “Ask the friends group to map the ponds”' }));
    const form = within(action).getByRole('form', { name: 'Convert the output into a record' });
    expect(within(form).getByRole('combobox', { name: 'Make it into' })).toHaveValue('task'); // an action usually becomes a task
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Assignee' }), 'user-2');
    await userEvent.type(within(form).getByLabelText(/Due date/), '2027-08-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Convert it' }));

    const alert = await within(action).findByRole('alert');
    expect(alert).toHaveTextContent('The output was not converted and stays as it was.');
    expect(within(form).getByRole('combobox', { name: 'Assignee' })).toHaveAccessibleDescription('Is not a member of the organisation.');
    expect(within(form).getByLabelText(/Due date/)).toHaveValue('2027-08-01');
    expect(screen.getByRole('list', { name: 'Outputs in the order captured' }).children).toHaveLength(3);
  });

  it('converts a priority into a priority area of the chosen service area', async () => {
    const input = { outputId: 'out-2', version: 2, into: { priorityArea: { serviceAreaId: 'sa-1' } } };
    const converted = {
      __typename: 'WorkshopOutput',
      id: 'out-2',
      convertedKind: 'PRIORITY_AREA',
      convertedId: 'area-9',
      conversionStands: true,
      version: 3,
    };
    renderOutputs([{ request: { query: CONVERT_OUTPUT, variables: { input } }, result: { data: { convertWorkshopOutput: converted } } }]);
    const priority = screen.getByRole('listitem', { name: /Parks before libraries/ });
    await userEvent.click(within(priority).getByRole('button', { name: /^Convert/ }));
    const form = within(priority).getByRole('form', { name: 'Convert the output into a record' });
    expect(within(form).getByRole('combobox', { name: 'Make it into' })).toHaveValue('priorityArea');
    await userEvent.click(within(form).getByRole('button', { name: 'Convert it' }));
    expect(within(form).getByRole('combobox', { name: 'Service area' })).toHaveAccessibleDescription('Choose the service area.');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Service area' }), 'sa-1');
    await userEvent.click(within(form).getByRole('button', { name: 'Convert it' }));
    await waitFor(() => expect(within(priority).queryByRole('form')).not.toBeInTheDocument());
  });

  it('says which guest added a note from the room, and names nobody for the room’s own outputs', () => {
    const note = { ...base, id: 'out-4', kind: 'NOTE', text: 'More benches by the pond', guestName: 'Sam' } as WorkshopOutput;
    renderScreen(<Outputs outputs={[ACTION, note]} agenda={[]} context={CONTEXT} mayChange />, { path: '/o/org-1/workshops/w-1' });
    expect(screen.getByRole('listitem', { name: 'Note: More benches by the pond' })).toHaveTextContent('From Sam, a guest in the room');
    expect(screen.getByRole('listitem', { name: /Ask the friends group/ })).not.toHaveTextContent('a guest');
  });

  it('offers a viewer nothing to change', () => {
    renderOutputs([], false);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
