import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PilotDetailQuery } from '../../gql/graphql';
import { renderScreen } from '../../test/render';
import { UPDATE_PILOT } from './operations';
import { PilotEditor } from './PilotEditor';

const PILOT = {
  id: 'pilot-1',
  name: 'Garden share',
  hypothesis: 'Neighbours who share tools keep the gardens tidy.',
  priorityArea: { id: 'area-1', serviceAreaName: 'Parks' },
  startDate: '2027-01-04',
  endDate: '2027-06-30',
  budget: { amount: '1200.00', currency: 'GBP' },
  targetParticipants: 40,
  participantsReached: null,
  currency: 'GBP',
  version: 3,
} as unknown as PilotDetailQuery['pilot'];

const AREAS = [
  { id: 'area-1', serviceAreaName: 'Parks', selected: false },
  { id: 'area-2', serviceAreaName: 'Libraries', selected: true },
];

function renderEditor(mocks: object[] = []) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  renderScreen(<PilotEditor pilot={PILOT} areas={AREAS} onSaved={onSaved} onCancel={onCancel} onReload={vi.fn()} />, {
    path: '/o/org-1/programmes/p-1/focus/pilots/pilot-1',
    mocks: mocks as never,
  });
  return { onSaved, onCancel };
}

describe('PilotEditor (the same fields as proposing a pilot, plus participants reached)', () => {
  it('names each field at fault before sending: a blank hypothesis, a budget with a comma, a count that is not whole, an end before the start', async () => {
    const { onSaved } = renderEditor();
    await userEvent.clear(screen.getByRole('textbox', { name: /Hypothesis/ }));
    await userEvent.clear(screen.getByRole('textbox', { name: /Budget/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Budget/ }), '1,200');
    await userEvent.type(screen.getByRole('textbox', { name: /People reached so far/ }), '12.5');
    await userEvent.clear(screen.getByLabelText(/End date/));
    await userEvent.type(screen.getByLabelText(/End date/), '2026-12-01');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(screen.getByRole('textbox', { name: /Hypothesis/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /Budget/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /People reached so far/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/End date/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends only what changed, with the version it was opened at, and lists the chosen areas first', async () => {
    const { onSaved } = renderEditor([
      {
        request: {
          query: UPDATE_PILOT,
          variables: { input: { pilotId: 'pilot-1', version: 3, priorityAreaId: 'area-2', participantsReached: 12 } },
        },
        result: { data: { updatePilot: { __typename: 'Pilot', id: 'pilot-1', version: 4 } } },
      },
    ]);
    const area = screen.getByRole('combobox', { name: /Priority area/ });
    expect([...area.querySelectorAll('option')].map((o) => o.value)).toEqual(['', 'area-2', 'area-1']);
    await userEvent.selectOptions(area, 'area-2');
    await userEvent.type(screen.getByRole('textbox', { name: /People reached so far/ }), '12');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });
});
