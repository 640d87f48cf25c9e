import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import risks from '../../i18n/en/risks';
import { addMessages } from '../../i18n/i18n';
import { renderScreen } from '../../test/render';
import { ARBITRATE_DISAGREEMENT, ISSUE_OUTCOME_PAGE_LINK, RISK_REGISTER, UPDATE_DECISION } from './operations';
import { RiskArea, riskStatusOptions } from './RisksScreen';

// The risks area's messages load with its route (i18n/en.ts: lazyMessages); here they are added directly.
addMessages(risks);

const WARNING = 'Sanctions tend to backfire (Alford 2009).';

/** What the server answers, with the __typename fields Apollo's cache reads (the generated types leave them out). */
type Answer = Record<string, unknown>;

const OPEN_DISAGREEMENT = {
  __typename: 'Disagreement',
  id: 'dis-1',
  groups: ['Carers', 'Day-centre staff'],
  subject: 'Saturday opening',
  decider: 'POLITICIANS',
  status: 'OPEN',
  version: 1,
  arbitration: null,
};

function register(overrides: Answer = {}): Answer {
  return {
    __typename: 'Query',
    programmeRisks: [
      {
        __typename: 'Risk',
        id: 'risk-1',
        kind: 'PARTICIPATION',
        description: 'Carers stop coming in winter',
        likelihood: 4,
        impact: 4,
        score: 16,
        band: 'HIGH',
        owner: 'Community team',
        mitigation: 'Afternoon sessions from November',
        sanction: false,
        warnings: [],
        status: 'OPEN',
        version: 1,
      },
      {
        __typename: 'Risk',
        id: 'risk-2',
        kind: 'DELIVERY',
        description: 'Volunteers miss their rota',
        likelihood: 2,
        impact: 2,
        score: 4,
        band: 'LOW',
        owner: '',
        mitigation: 'Withdraw time credits after two missed shifts',
        sanction: true,
        warnings: [WARNING],
        status: 'CLOSED',
        version: 3,
      },
    ],
    programmeDisagreements: [OPEN_DISAGREEMENT],
    programmeDecisions: [],
    outcomePageLink: null,
    ...overrides,
  };
}

const registerMock = (data: Answer, copies = 3) =>
  Array.from({ length: copies }, () => ({ request: { query: RISK_REGISTER, variables: { programmeId: 'p-1' } }, result: { data } }));

describe('the risks and disagreements area', () => {
  it('says it is loading, then lists risks with their weight, owner, status and a flagged sanction', async () => {
    renderScreen(<RiskArea programmeId="p-1" />, { mocks: registerMock(register()) });
    expect(screen.getByText(/loading/i)).toBeInTheDocument();
    expect(await screen.findByText('Carers stop coming in winter')).toBeInTheDocument();
    expect(screen.getByText(/Weight 16 of 25 \(high\)/)).toBeInTheDocument();
    expect(screen.getByText(/Watched by Community team/)).toBeInTheDocument();
    expect(screen.getByText('Sanction')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(WARNING);
    const status = screen.getByRole('combobox', { name: 'Status of "Carers stop coming in winter"' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Open', 'Being mitigated', 'Closed']);
    expect(screen.getByText('Between Carers, Day-centre staff')).toBeInTheDocument();
  });

  it('offers only the statuses the register allows', () => {
    expect(riskStatusOptions('CLOSED')).toEqual(['CLOSED', 'OPEN']);
    expect(riskStatusOptions('MITIGATING')).toEqual(['MITIGATING', 'CLOSED', 'OPEN']);
  });

  it('says so when nothing is recorded yet', async () => {
    renderScreen(<RiskArea programmeId="p-1" />, { mocks: registerMock(register({ programmeRisks: [], programmeDisagreements: [] })) });
    expect(await screen.findByText('No risks recorded yet')).toBeInTheDocument();
    expect(screen.getByText('No disagreements recorded')).toBeInTheDocument();
    expect(screen.getByText('The page has no link yet, so no one can open it.')).toBeInTheDocument();
  });

  it('shows an error with a way to try again when the register cannot be read', async () => {
    renderScreen(<RiskArea programmeId="p-1" />, {
      mocks: [{ request: { query: RISK_REGISTER, variables: { programmeId: 'p-1' } }, error: new Error('network down') }],
    });
    expect(await screen.findByRole('button', { name: /try again/i })).toBeInTheDocument();
  });

  it('opens each form on its first field, named for what it records, and gives the focus back to its button when cancelled', async () => {
    renderScreen(<RiskArea programmeId="p-1" />, { mocks: registerMock(register()) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a risk' }));
    const riskForm = screen.getByRole('form', { name: 'Add a risk' });
    expect(within(riskForm).getByRole('combobox', { name: 'Kind of risk' })).toHaveFocus();
    await user.click(within(riskForm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a risk' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Record a disagreement' }));
    expect(
      within(screen.getByRole('form', { name: 'Record a disagreement' })).getByRole('textbox', { name: /^Groups that differ/ }),
    ).toHaveFocus();
    await user.click(within(screen.getByRole('form', { name: 'Record a disagreement' })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Record a disagreement' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Record the decision' }));
    const decision = screen.getByRole('form', { name: 'The decision on "Saturday opening"' });
    expect(within(decision).getByRole('textbox', { name: 'What was decided' })).toHaveFocus();
    await user.click(within(decision).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Record the decision' })).toHaveFocus());
  });

  it('records the politicians’ arbitration from the keyboard, asking for what is missing first', async () => {
    const decided = register({
      programmeDisagreements: [
        {
          ...OPEN_DISAGREEMENT,
          status: 'ARBITRATED',
          version: 2,
          arbitration: {
            __typename: 'Decision',
            id: 'dec-1',
            decision: 'Open on Saturday mornings for six months',
            reason: 'Carers in work have no other time',
            decidedBy: 'POLITICIANS',
            decidedOn: '2027-03-01',
          },
        },
      ],
    });
    renderScreen(<RiskArea programmeId="p-1" />, {
      mocks: [
        ...registerMock(register(), 1),
        {
          request: {
            query: ARBITRATE_DISAGREEMENT,
            variables: {
              input: {
                disagreementId: 'dis-1',
                version: 1,
                decision: 'Open on Saturday mornings for six months',
                reason: 'Carers in work have no other time',
                decidedBy: 'POLITICIANS',
                decidedOn: '2027-03-01',
                sanction: false,
              },
            },
          },
          result: {
            data: {
              arbitrateDisagreement: {
                __typename: 'Arbitration',
                disagreement: { __typename: 'Disagreement', id: 'dis-1', status: 'ARBITRATED', version: 2 },
                decision: { __typename: 'Decision', id: 'dec-1' },
              },
            },
          },
        },
        ...registerMock(decided),
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record the decision' }));
    await user.click(screen.getAllByRole('button', { name: 'Record the decision' }).at(-1)!);
    // Each message beside its field, and again in the summary above the form.
    expect(await screen.findAllByText('Give the reason: every decision is kept with it.')).toHaveLength(2);
    expect(screen.getAllByText('Say what was decided.')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Why' })).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('textbox', { name: 'What was decided' }));
    await user.keyboard('Open on Saturday mornings for six months');
    await user.tab();
    await user.keyboard('Carers in work have no other time');
    expect(screen.getByRole('combobox', { name: 'Decided by' })).toHaveValue('POLITICIANS');
    await user.type(screen.getByLabelText('Decided on'), '2027-03-01');
    await user.click(screen.getAllByRole('button', { name: 'Record the decision' }).at(-1)!);
    expect(
      await screen.findByText('Decided on 1 Mar 2027 by Politicians: Open on Saturday mornings for six months', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Why: Carers in work have no other time')).toBeInTheDocument();
  });

  it('says what each decision answers and records what came of it, the focus going back to its button', async () => {
    const decision = {
      __typename: 'Decision',
      id: 'dec-1',
      sourceKind: 'SURVEY',
      decision: 'Carers run the Friday café',
      reason: 'The survey asked for it',
      decidedBy: 'SERVICE_MANAGERS',
      decidedOn: '2027-02-20',
      result: '',
      sanction: false,
      warnings: [],
      published: true,
      version: 1,
    };
    renderScreen(<RiskArea programmeId="p-1" />, {
      mocks: [
        ...registerMock(register({ programmeDecisions: [decision] }), 1),
        {
          request: {
            query: UPDATE_DECISION,
            variables: { input: { decisionId: 'dec-1', version: 1, result: 'Open every Friday since March' } },
          },
          result: { data: { updateDecision: { __typename: 'Decision', id: 'dec-1', published: true, version: 2 } } },
        },
        ...registerMock(register({ programmeDecisions: [{ ...decision, result: 'Open every Friday since March', version: 2 }] })),
      ],
    });
    const user = userEvent.setup();
    expect(await screen.findByText(/^Answers a residents’ survey · What came of it is not recorded yet/)).toBeInTheDocument();
    expect(screen.getByText(/20 Feb 2027, Service managers/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Say what came of it: "Carers run the Friday café"' }));
    const box = screen.getByRole('textbox', { name: 'What came of it (optional)' });
    expect(box).toHaveFocus();
    await user.keyboard('Open every Friday since March');
    await user.click(screen.getByRole('button', { name: 'Save what came of it' }));
    expect(
      await screen.findByText('Answers a residents’ survey · What came of it: Open every Friday since March', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Say what came of it: "Carers run the Friday café"' })).toHaveFocus());
  });

  it('publishes a decision and makes the page’s link, shown once and focused', async () => {
    const decision = {
      __typename: 'Decision',
      id: 'dec-1',
      sourceKind: 'WORKSHOP_OUTPUT',
      decision: 'Carers run the Friday café',
      reason: 'The room asked for it',
      decidedBy: 'SERVICE_MANAGERS',
      decidedOn: '2027-02-20',
      result: '',
      sanction: false,
      warnings: [],
      published: false,
      version: 1,
    };
    const url = 'https://coprod.example/feeds/cpyd_abc/you-said-we-did.json';
    renderScreen(<RiskArea programmeId="p-1" />, {
      mocks: [
        ...registerMock(register({ programmeDecisions: [decision] }), 1),
        {
          request: { query: UPDATE_DECISION, variables: { input: { decisionId: 'dec-1', version: 1, published: true } } },
          result: { data: { updateDecision: { __typename: 'Decision', id: 'dec-1', published: true, version: 2 } } },
        },
        ...registerMock(register({ programmeDecisions: [{ ...decision, published: true, version: 2 }] }), 1),
        {
          request: { query: ISSUE_OUTCOME_PAGE_LINK, variables: { input: { programmeId: 'p-1' } } },
          result: { data: { issueOutcomePageLink: { __typename: 'IssuedOutcomePageLink', url, issuedAt: '2027-03-02T10:00:00.000Z' } } },
        },
        ...registerMock(
          register({
            programmeDecisions: [{ ...decision, published: true, version: 2 }],
            outcomePageLink: { __typename: 'OutcomePageLink', issuedAt: '2027-03-02T10:00:00.000Z' },
          }),
        ),
      ],
    });
    const user = userEvent.setup();
    const tick = await screen.findByRole('checkbox', { name: 'Show "Carers run the Friday café" on the page' });
    await user.click(tick);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Carers run the Friday café/ })).toBeChecked(), { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    const box = await screen.findByRole('textbox', { name: /shown only now/ }, { timeout: 5000 });
    expect(box).toHaveValue('https://coprod.example/feeds/cpyd_abc/you-said-we-did');
    expect(screen.getByRole('textbox', { name: /as data/ })).toHaveValue(url);
    await waitFor(() => expect(box).toHaveFocus(), { timeout: 5000 });
    expect(await screen.findByRole('button', { name: 'Stop the link' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
