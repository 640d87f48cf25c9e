import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { AgendaTimer, clock, timerKey } from './AgendaTimer';
import type { AgendaItem } from './operations';

const AGENDA: AgendaItem[] = [
  { id: 'ag-1', title: 'Welcome and purpose', minutes: 2, checklistKeys: [] },
  {
    id: 'ag-2',
    title: 'List the joint work',
    minutes: 30,
    checklistKeys: ['map.record_existing'],
  },
];

async function renderTimer(onSection = vi.fn()) {
  const result = renderScreen(<AgendaTimer workshopId="w-1" agenda={AGENDA} onSection={onSection} />, {
    path: '/o/org-1/workshops/w-1/run',
  });
  await screen.findByRole('timer');
  return result;
}

const tick = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => {
  vi.useRealTimers();
  window.sessionStorage.clear();
});

describe('AgendaTimer (run mode)', () => {
  it('counts down the section’s minutes, pauses, and says once when time is up', async () => {
    const onSection = vi.fn();
    await renderTimer(onSection);
    vi.useFakeTimers();
    expect(screen.getByText('Welcome and purpose')).toBeInTheDocument();
    expect(screen.getByText('Section 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    expect(onSection).toHaveBeenLastCalledWith(AGENDA[0]);

    fireEvent.click(button('Start the timer'));
    tick(30_000);
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    fireEvent.click(button('Pause the timer'));
    tick(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    expect(button('Resume the timer')).toBeInTheDocument();

    fireEvent.click(button('Resume the timer'));
    tick(90_000);
    // Said through the app's one live region (LiveRegion), not shown as a second message.
    expect(screen.getByText('Time is up for “Welcome and purpose”.').closest('[aria-live="polite"]')).not.toBeNull();
    tick(5_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:05 over time');
    expect(screen.getAllByText('Time is up for “Welcome and purpose”.')).toHaveLength(1);
  });

  it('moves to the next section with its own minutes, and a reload keeps where the room is', async () => {
    const first = await renderTimer();
    vi.useFakeTimers();
    fireEvent.click(button('Start the timer'));
    fireEvent.click(button('Next section'));
    expect(screen.getByText('List the joint work')).toBeInTheDocument();
    tick(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('29:00');
    expect(button('Next section')).toBeDisabled();
    expect(JSON.parse(window.sessionStorage.getItem(timerKey('w-1'))!)).toMatchObject({ sectionId: 'ag-2', running: true });

    first.unmount();
    tick(60_000); // the page is away for a minute; the clock keeps going
    renderScreen(<AgendaTimer workshopId="w-1" agenda={AGENDA} />, { path: '/o/org-1/workshops/w-1/run' });
    await act(async () => undefined);
    expect(screen.getByText('List the joint work')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('28:00');
    expect(button('Pause the timer')).toBeInTheDocument();
  });

  it('writes minutes and seconds', () => {
    expect(clock(125_000)).toBe('2:05');
    expect(clock(-4_200)).toBe('0:05');
    expect(clock(0)).toBe('0:00');
  });
});
