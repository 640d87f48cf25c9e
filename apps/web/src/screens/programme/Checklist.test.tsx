import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { createFormatter } from '../../format/format';
import type { BoardItemFragment } from '../../gql/graphql';
import { Checklist } from './Checklist';
import { TICK_ITEM, UNTICK_ITEM } from './operations';

const format = createFormatter('Europe/London', 'GBP');

// Answers as the API sends them (with __typename, which the cache asks for); `as const` keeps the enums' literal types.
const MANUAL = {
  __typename: 'ChecklistItem',
  id: 'item-1',
  key: 'map.record_existing',
  title: 'Record the coproduction that already goes on',
  guidance: 'Ask frontline staff and community groups.',
  kind: 'MANUAL',
  required: true,
  source: 'Loeffler et al. 2008',
  evidenceText: null,
  evidenceUrl: null,
  tickedAt: null,
  tickedBy: null,
  verdict: { __typename: 'ItemVerdict', satisfied: false, explanation: 'Not ticked yet; tick it once this has been done.' },
} as const;

const EVIDENCED = {
  ...MANUAL,
  id: 'item-2',
  key: 'map.describe_initiatives',
  title: 'Describe the initiatives of every active service area',
  kind: 'EVIDENCED',
  verdict: { __typename: 'ItemVerdict', satisfied: false, explanation: 'Initiatives are recorded for 2 of 8 active service areas.' },
} as const;

const TICKED = {
  ...MANUAL,
  evidenceText: 'Workshop with frontline staff',
  evidenceUrl: 'https://intranet.example.org/mapping',
  tickedAt: '2026-12-02T10:15:00Z',
  tickedBy: 'user-1',
  verdict: { __typename: 'ItemVerdict', satisfied: true, explanation: 'Ticked with evidence.' },
} as const;

function renderChecklist(
  items: BoardItemFragment[],
  options: { mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks']; mayTick?: boolean; onChanged?: () => void } = {},
) {
  return renderScreen(
    <Checklist
      items={items}
      stepName="Map it"
      stepState="IN_PROGRESS"
      programmeStatus="ACTIVE"
      mayTick={options.mayTick ?? true}
      format={format}
      person={(id) => (id === 'user-1' ? 'Pat Example' : undefined)}
      onChanged={options.onChanged ?? (() => undefined)}
    />,
    { path: '/o/org-1/programmes/p-1', mocks: options.mocks },
  );
}

describe('Checklist', () => {
  it('ticks a manual item with evidence text and a link', async () => {
    const onChanged = vi.fn();
    const input = { itemId: 'item-1', evidenceText: 'Workshop with frontline staff', evidenceUrl: 'https://intranet.example.org/mapping' };
    renderChecklist([MANUAL], {
      onChanged,
      mocks: [{ request: { query: TICK_ITEM, variables: { input } }, result: { data: { tickChecklistItem: TICKED } } }],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Tick with evidence' }));
    const evidence = screen.getByRole('textbox', { name: 'Evidence note' });
    expect(evidence).toHaveFocus();
    await userEvent.type(evidence, input.evidenceText);
    await userEvent.type(screen.getByRole('textbox', { name: 'Evidence link' }), input.evidenceUrl);
    await userEvent.click(screen.getByRole('button', { name: 'Tick item' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('form', { name: /Evidence for/ })).not.toBeInTheDocument();
  });

  it('refuses a tick without evidence, saying so next to the field', async () => {
    renderChecklist([MANUAL]);
    await userEvent.click(await screen.findByRole('button', { name: 'Tick with evidence' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tick item' }));
    const evidence = screen.getByRole('textbox', { name: 'Evidence note' });
    expect(evidence).toHaveAccessibleDescription(expect.stringContaining('Give the evidence: a note, a link, or both.'));
    expect(evidence).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need changing');
  });

  it('refuses a link that is not a web address, next to the link', async () => {
    renderChecklist([MANUAL]);
    await userEvent.click(await screen.findByRole('button', { name: 'Tick with evidence' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Evidence link' }), 'intranet/minutes');
    await userEvent.click(screen.getByRole('button', { name: 'Tick item' }));
    const link = screen.getByRole('textbox', { name: 'Evidence link' });
    expect(link).toHaveAccessibleDescription(expect.stringContaining('Enter a full web address starting with https:// or http://.'));
    expect(screen.getByRole('textbox', { name: 'Evidence note' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows the API’s objection next to the field it names', async () => {
    const input = { itemId: 'item-1', evidenceUrl: 'https://example.org/minutes' };
    const errors = [
      new GraphQLError('Invalid input.evidenceUrl: must be an http(s) link', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.evidenceUrl', message: 'must be an http(s) link' }] },
      }),
    ];
    renderChecklist([MANUAL], { mocks: [{ request: { query: TICK_ITEM, variables: { input } }, result: { errors } }] });
    await userEvent.click(await screen.findByRole('button', { name: 'Tick with evidence' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Evidence link' }), input.evidenceUrl);
    await userEvent.click(screen.getByRole('button', { name: 'Tick item' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Evidence link' })).toHaveAccessibleDescription(
        expect.stringContaining('Must be an http(s) link.'),
      ),
    );
  });

  it('shows an evidenced item’s verdict and why, with nothing to tick', async () => {
    renderChecklist([EVIDENCED]);
    const item = await screen.findByRole('listitem', { name: EVIDENCED.title });
    expect(item).toHaveTextContent('Not done');
    expect(item).toHaveTextContent('Initiatives are recorded for 2 of 8 active service areas.');
    expect(item).toHaveTextContent('Checked from the records');
    expect(screen.queryByRole('button', { name: 'Tick with evidence' })).not.toBeInTheDocument();
  });

  it('shows an evidenced item satisfied from the records, saying what they show, with no tick box', async () => {
    const shown = {
      ...EVIDENCED,
      verdict: {
        __typename: 'ItemVerdict',
        satisfied: true,
        explanation: '1 of 3 proposed priority areas is chosen, with the reason written down.',
      },
    } as const;
    renderChecklist([shown]);
    const item = await screen.findByRole('listitem', { name: EVIDENCED.title });
    expect(item).toHaveTextContent('Done');
    expect(item).toHaveTextContent('What the records show: 1 of 3 proposed priority areas is chosen, with the reason written down.');
    expect(item).not.toHaveTextContent('Ticked by');
    expect(screen.queryByRole('button', { name: 'Tick with evidence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Untick' })).not.toBeInTheDocument();
  });

  it('shows a tick given before an item was checked from the records, with its evidence, as still counting; it may be withdrawn, not given again', async () => {
    const kept = {
      ...TICKED,
      id: 'item-4',
      key: 'focus.choose_service_areas',
      title: 'Choose the service areas to start in',
      kind: 'EVIDENCED',
      verdict: {
        __typename: 'ItemVerdict',
        satisfied: true,
        explanation:
          'Ticked by hand before this item was checked from the records, and that tick still counts. The records alone say: No priority area has been proposed yet; score the candidate service areas.',
      },
    } as const;
    const onChanged = vi.fn();
    renderChecklist([kept], {
      onChanged,
      mocks: [
        {
          request: { query: UNTICK_ITEM, variables: { input: { itemId: 'item-4' } } },
          result: { data: { untickChecklistItem: { ...kept, tickedAt: null, tickedBy: null, evidenceText: null, evidenceUrl: null } } },
        },
      ],
    });
    const item = await screen.findByRole('listitem', { name: kept.title });
    expect(item).toHaveTextContent('Done');
    expect(item).toHaveTextContent('that tick still counts');
    expect(item).toHaveTextContent(/Ticked by Pat Example on .+, before the records were checked for this item\./);
    expect(item).toHaveTextContent('Workshop with frontline staff');
    expect(screen.getByRole('link', { name: /Open the evidence/ })).toHaveAttribute('href', 'https://intranet.example.org/mapping');
    expect(screen.queryByRole('button', { name: 'Tick with evidence' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Untick' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('shows a ticked item’s evidence, and unticks it', async () => {
    const onChanged = vi.fn();
    renderChecklist([TICKED], {
      onChanged,
      mocks: [
        { request: { query: UNTICK_ITEM, variables: { input: { itemId: 'item-1' } } }, result: { data: { untickChecklistItem: MANUAL } } },
      ],
    });
    const item = await screen.findByRole('listitem', { name: TICKED.title });
    expect(item).toHaveTextContent('Ticked by Pat Example');
    expect(item).toHaveTextContent('Workshop with frontline staff');
    expect(screen.getByRole('link', { name: /Open the evidence/ })).toHaveAttribute('href', 'https://intranet.example.org/mapping');
    await userEvent.click(screen.getByRole('button', { name: 'Untick' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('offers no tick to a role that may not tick', async () => {
    renderChecklist([MANUAL, { ...TICKED, id: 'item-3' }], { mayTick: false });
    expect(await screen.findAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Tick with evidence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Untick' })).not.toBeInTheDocument();
  });
});
