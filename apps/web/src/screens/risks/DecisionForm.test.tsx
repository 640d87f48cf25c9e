import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import risks from '../../i18n/en/risks';
import { addMessages } from '../../i18n/i18n';
import { renderScreen } from '../../test/render';
import { DecisionForm, decisionChoices } from './DecisionForm';
import { DECISION_SOURCES, RECORD_DECISION } from './operations';

// The risks area's messages load with its route (i18n/en.ts: lazyMessages); here they are added directly.
addMessages(risks);

/** What the server answers, with the __typename fields Apollo's cache reads. */
function sources(outputs: Array<{ id: string; text: string }> = [{ id: 'out-1', text: 'Meet on the estate, not at the town hall' }]) {
  return {
    __typename: 'Query',
    programme: {
      __typename: 'Programme',
      id: 'p-1',
      workshops: {
        __typename: 'WorkshopConnection',
        edges: [
          {
            __typename: 'WorkshopEdge',
            node: {
              __typename: 'Workshop',
              id: 'w-1',
              title: 'Repairs priorities evening',
              outputs: outputs.map((o) => ({ __typename: 'WorkshopOutput', kind: 'DECISION', ...o })),
            },
          },
        ],
      },
    },
    surveys: {
      __typename: 'SurveyConnection',
      edges: [{ __typename: 'SurveyEdge', node: { __typename: 'Survey', id: 's-1', title: 'Northbridge neighbourhood survey' } }],
    },
    initiatives: {
      __typename: 'InitiativeConnection',
      edges: [
        {
          __typename: 'InitiativeEdge',
          node: { __typename: 'Initiative', id: 'i-1', name: 'Friends of Millbrook Park', programmeId: null },
        },
        {
          __typename: 'InitiativeEdge',
          node: { __typename: 'Initiative', id: 'i-2', name: 'Street watch volunteers', programmeId: 'p-2' },
        },
        { __typename: 'InitiativeEdge', node: { __typename: 'Initiative', id: 'i-3', name: 'Tenant repair panel', programmeId: 'p-1' } },
      ],
    },
  };
}

const sourcesMock = (data: ReturnType<typeof sources>) => ({
  request: { query: DECISION_SOURCES, variables: { programmeId: 'p-1' } },
  result: { data },
});

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('recording a decision on what people said', () => {
  it('offers the programme’s workshop outputs, the surveys, and the initiatives no other programme took up', () => {
    const choices = decisionChoices(sources() as never, 'p-1');
    expect(choices.WORKSHOP_OUTPUT).toEqual([
      { id: 'out-1', label: 'Meet on the estate, not at the town hall', group: 'Repairs priorities evening' },
    ]);
    expect(choices.SURVEY.map((c) => c.label)).toEqual(['Northbridge neighbourhood survey']);
    expect(choices.INITIATIVE.map((c) => c.label)).toEqual(['Friends of Millbrook Park', 'Tenant repair panel']);
  });

  it('asks for what is missing in plain words, lists the sources of the chosen kind, and records the decision', async () => {
    const onDone = vi.fn(async () => undefined);
    const input = {
      programmeId: 'p-1',
      sourceKind: 'SURVEY',
      sourceId: 's-1',
      decision: 'The repairs panel meets in the estate office',
      reason: 'Most who answered said the town hall is too far',
      decidedBy: 'PROGRAMME_BOARD',
      decidedOn: '2027-03-01',
      result: 'Three meetings held there so far',
      sanction: false,
    };
    renderScreen(<DecisionForm programmeId="p-1" onDone={onDone} onCancel={() => undefined} />, {
      mocks: [
        sourcesMock(sources()),
        {
          request: { query: RECORD_DECISION, variables: { input } },
          result: { data: { recordDecision: { __typename: 'Decision', id: 'dec-9', published: false, version: 1 } } },
        },
      ],
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Record a decision on what people said' });
    const kind = within(form).getByRole('combobox', { name: 'What it answers' });
    expect(kind).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Save the decision' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveTextContent('Choose what the decision answers.');
    expect(summary).toHaveTextContent('Choose which one it answers.');
    expect(summary).toHaveTextContent('Say what was decided.');
    expect(kind).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(kind, 'A local initiative on the map');
    expect(optionsOf(within(form).getByRole('combobox', { name: 'Which initiative' }))).toEqual([
      'Choose…',
      'Friends of Millbrook Park',
      'Tenant repair panel',
    ]);
    await user.selectOptions(kind, 'Something said at a workshop');
    const said = within(form).getByRole('combobox', { name: 'What was said, by workshop' });
    expect(within(said).getByRole('group', { name: 'Repairs priorities evening' })).toHaveTextContent(
      'Meet on the estate, not at the town hall',
    );

    await user.selectOptions(kind, 'A residents’ survey');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Which survey' }), 'Northbridge neighbourhood survey');
    await user.type(within(form).getByRole('textbox', { name: 'What was decided' }), input.decision);
    await user.type(within(form).getByRole('textbox', { name: 'Why' }), input.reason);
    expect(within(form).getByRole('combobox', { name: 'Decided by' })).toHaveValue('PROGRAMME_BOARD');
    await user.type(within(form).getByLabelText('Decided on'), input.decidedOn);
    await user.type(within(form).getByRole('textbox', { name: /^What came of it/ }), input.result);
    await user.click(within(form).getByRole('button', { name: 'Save the decision' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce(), { timeout: 5000 });
  });

  it('says so when the chosen kind has nothing to answer yet', async () => {
    renderScreen(<DecisionForm programmeId="p-1" onDone={async () => undefined} onCancel={() => undefined} />, {
      mocks: [sourcesMock(sources([]))],
    });
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Record a decision on what people said' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'What it answers' }), 'Something said at a workshop');
    expect(within(form).getByRole('note')).toHaveTextContent(
      'Nothing said at this programme’s workshops is recorded yet: capture it in the workshop room first.',
    );
    expect(within(form).queryByRole('combobox', { name: 'What was said, by workshop' })).not.toBeInTheDocument();
  });

  it('shows an error with a way to try again when the lists cannot be read', async () => {
    renderScreen(<DecisionForm programmeId="p-1" onDone={async () => undefined} onCancel={() => undefined} />, {
      mocks: [{ request: { query: DECISION_SOURCES, variables: { programmeId: 'p-1' } }, error: new Error('network down') }],
    });
    expect(screen.getByText(/loading/i)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /try again/i })).toBeInTheDocument();
  });
});
