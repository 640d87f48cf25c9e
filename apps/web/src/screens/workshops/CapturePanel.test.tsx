import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { CapturePanel } from './CapturePanel';
import { CAPTURE_OUTPUTS } from './operations';

const PATH = '/o/org-1/workshops/w-1/run';
const output = (n: number) => ({ __typename: 'WorkshopOutput', id: `out-${n}` });
const BATCH = [
  { kind: 'DECISION', text: 'Record the allotment swap', agendaItemId: 'ag-2' },
  { kind: 'ACTION', text: 'Ask the friends group about the ponds', agendaItemId: 'ag-2' },
];

function renderPanel(mocks: object[]) {
  const onCaptured = vi.fn();
  const { unmount } = renderScreen(
    <CapturePanel workshopId="w-1" agendaItem={{ id: 'ag-2', title: 'List the joint work' }} onCaptured={onCaptured} />,
    { path: PATH, mocks: mocks as never },
  );
  return { onCaptured, unmount, box: screen.getByRole('textbox', { name: 'What the room said' }) };
}

async function typeBatch(box: HTMLElement) {
  await userEvent.click(box);
  await userEvent.keyboard('{Alt>}2{/Alt}');
  expect(screen.getByRole('radio', { name: 'Decision (Alt+2)' })).toBeChecked();
  await userEvent.type(box, 'Record the allotment swap{Enter}');
  await userEvent.keyboard('{Alt>}3{/Alt}');
  await userEvent.type(box, 'Ask the friends group about the ponds{Enter}');
}

afterEach(() => window.sessionStorage.clear());

describe('CapturePanel (keyboard-first capture)', () => {
  it('adds a line with Enter and sends the whole list in one call with Ctrl+Enter', async () => {
    const { onCaptured, box } = renderPanel([
      {
        request: { query: CAPTURE_OUTPUTS, variables: { input: { workshopId: 'w-1', outputs: BATCH } } },
        result: { data: { captureWorkshopOutputs: [output(1), output(2)] } },
      },
    ]);
    expect(screen.getByText(/Alt\+1 to Alt\+6 choose the kind/)).toBeInTheDocument();
    await typeBatch(box);
    expect(box).toHaveValue('');
    const pending = screen.getByRole('list', { name: 'Waiting to be sent' });
    expect(
      within(pending)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Decision Record the allotment swap'),
      expect.stringContaining('Action Ask the friends group about the ponds'),
    ]);
    // Kept as typed, before anything is sent.
    expect(Object.values(window.sessionStorage).join('')).toContain('Ask the friends group about the ponds');
    expect(screen.getByRole('button', { name: 'Send 2 lines' })).toBeEnabled();

    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onCaptured).toHaveBeenCalledTimes(1));
    expect(onCaptured).toHaveBeenCalledWith(2);
    expect(screen.queryByRole('list', { name: 'Waiting to be sent' })).not.toBeInTheDocument();
    expect(await screen.findByText('2 lines were captured.')).toBeInTheDocument();
  });

  it('keeps every line when the send fails, says why in plain words, and marks the line at fault', async () => {
    const errors = [
      new GraphQLError('Invalid input', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.outputs[1].text', message: 'must be 5000 characters or fewer' }] },
      }),
    ];
    const { onCaptured, box } = renderPanel([
      { request: { query: CAPTURE_OUTPUTS, variables: { input: { workshopId: 'w-1', outputs: BATCH } } }, result: { errors } },
    ]);
    await typeBatch(box);
    await userEvent.click(screen.getByRole('button', { name: 'Send 2 lines' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was captured; every line is still in the list.');
    expect(onCaptured).not.toHaveBeenCalled();
    const lines = within(screen.getByRole('list', { name: 'Waiting to be sent' })).getAllByRole('listitem');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toHaveTextContent('Must be 5000 characters or fewer.');
    expect(lines[0]).not.toHaveTextContent('Must be');
    expect(Object.values(window.sessionStorage).join('')).toContain('Record the allotment swap');
  });

  it('brings unsent lines back after a reload', async () => {
    const first = renderPanel([]);
    await userEvent.type(first.box, 'Parking is the first worry{Enter}');
    first.unmount();
    renderPanel([]);
    expect(screen.getByText('Your unsent lines are back in the list.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Waiting to be sent' })).getByText('Parking is the first worry')).toBeInTheDocument();
  });
});
