import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { AddInitiatives } from './AddInitiatives';
import { CREATE_INITIATIVES } from './operations';

const AREAS = [
  { __typename: 'ServiceArea' as const, id: 'a-1', name: 'Health', active: true, position: 1 },
  { __typename: 'ServiceArea' as const, id: 'a-2', name: 'Housing', active: true, position: 2 },
  { __typename: 'ServiceArea' as const, id: 'a-3', name: 'Old area', active: false, position: 3 },
];

async function fillRow(index: number, name: string, area: string, forms: string[] = [], input = '') {
  const row = screen.getByRole('group', { name: `Initiative ${index}` });
  await userEvent.type(within(row).getByLabelText('Name'), name);
  await userEvent.selectOptions(within(row).getByLabelText('Service area'), area);
  for (const form of forms) await userEvent.click(within(row).getByRole('checkbox', { name: form }));
  if (input) await userEvent.type(within(row).getByLabelText('What the public body puts in'), input);
}

describe('AddInitiatives', () => {
  it('sends the filled rows together (skipping empty ones), with the programme, and starts afresh', async () => {
    const onAdded = vi.fn();
    const input = {
      initiatives: [
        { name: 'Repair café', serviceAreaId: 'a-2', forms: ['CO_DELIVERY'], publicBodyInput: 'A hall', programmeId: 'p-1' },
        { name: 'Carers walk', serviceAreaId: 'a-1', forms: [], publicBodyInput: '', programmeId: 'p-1' },
      ],
    };
    renderScreen(<AddInitiatives programmeId="p-1" serviceAreas={AREAS} onAdded={onAdded} />, {
      mocks: [{ request: { query: CREATE_INITIATIVES, variables: { input } }, result: { data: { createInitiatives: [] } } }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add initiatives' }));
    // Only active areas are offered for new initiatives.
    expect(within(screen.getByRole('group', { name: 'Initiative 1' })).queryByRole('option', { name: 'Old area' })).not.toBeInTheDocument();
    await fillRow(1, 'Repair café', 'Housing', ['Co-delivery'], 'A hall');
    await userEvent.click(screen.getByRole('button', { name: 'Add another row' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add another row' }));
    await fillRow(3, 'Carers walk', 'Health');
    await userEvent.click(screen.getByRole('button', { name: 'Save these initiatives' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(screen.getAllByRole('group', { name: /^Initiative \d$/ })).toHaveLength(1);
    expect(within(screen.getByRole('group', { name: 'Initiative 1' })).getByLabelText('Name')).toHaveValue('');
  }, 30_000);

  it('names the row at fault, before sending and from the API (its numbers mapped back to the rows on screen)', async () => {
    const input = { initiatives: [{ name: 'Second', serviceAreaId: 'a-1', forms: [], publicBodyInput: '', programmeId: 'p-1' }] };
    renderScreen(<AddInitiatives programmeId="p-1" serviceAreas={AREAS} onAdded={() => undefined} />, {
      mocks: [
        {
          request: { query: CREATE_INITIATIVES, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Bad input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'input.initiatives[0].name', message: 'is already taken in Health' }],
                },
              }),
            ],
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add initiatives' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add another row' }));
    await userEvent.type(within(screen.getByRole('group', { name: 'Initiative 2' })).getByLabelText('Name'), 'Second');
    await userEvent.click(screen.getByRole('button', { name: 'Save these initiatives' }));
    expect(within(screen.getByRole('group', { name: 'Initiative 2' })).getByLabelText('Service area')).toHaveAccessibleDescription(
      'Choose the service area of initiative 2.',
    );

    await userEvent.selectOptions(within(screen.getByRole('group', { name: 'Initiative 2' })).getByLabelText('Service area'), 'Health');
    await userEvent.click(screen.getByRole('button', { name: 'Save these initiatives' }));
    // The API saw one row (index 0); it is the second on screen.
    expect(await within(screen.getByRole('group', { name: 'Initiative 2' })).findByText('Is already taken in Health.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Initiative 1' })).queryByText('Is already taken in Health.')).not.toBeInTheDocument();
  }, 30_000);
});
