import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../format/format';
import type { SurveyResultsFieldsFragment } from '../../gql/graphql';
import { renderScreen } from '../../test/render';
import { SELF_EFFICACY_TREND } from './operations';
import { QuestionResults } from './QuestionResults';
import { SelfEfficacyTrend } from './SelfEfficacyTrend';

const format = createFormatter('Europe/London', 'GBP');

const BASE = {
  sampleSize: 40,
  questionResults: [
    {
      key: 'health.q1',
      area: 'HEALTH',
      text: 'How often do you change what you eat?',
      effort: 'LIFESTYLE_CHANGE',
      answered: 40,
      often: 26,
      oftenShare: 0.65,
    },
    {
      key: 'health.q4',
      area: 'HEALTH',
      text: 'How often do you join a patient group?',
      effort: 'GROUP_PARTICIPATION',
      answered: 38,
      often: 13,
      oftenShare: 0.342,
    },
  ],
  effortPattern: [
    {
      effort: 'LIFESTYLE_CHANGE',
      label: 'Changing one’s own way of life',
      questions: 1,
      answers: 40,
      oftenShare: 0.65,
      reference: 'About 50% in 2008 (Loeffler et al. 2008).',
    },
  ],
  drivers: {
    selfEfficacy: { answered: 40, oftenShare: 0.325, meanScore: 48.8 },
    associations: [
      {
        driver: 'SELF_EFFICACY',
        area: null,
        coefficient: 0.95,
        n: 40,
        direction: 'POSITIVE',
        statement:
          'Residents who more often report feeling that people like them can change things also tend to report more coproduction (r = 0.95, 40 residents).',
      },
    ],
    caveats: ['These figures show how two answers go together among the people who answered, not what causes what.'],
  },
} as unknown as SurveyResultsFieldsFragment;

describe('QuestionResults', () => {
  it('gives each question’s share answering “often” with its sample size, and the effort pattern beside 2008', () => {
    render(<QuestionResults results={BASE} format={format} />);
    const questions = screen.getByRole('region', { name: 'Question by question' });
    const row = within(questions).getByRole('row', { name: /patient group/ });
    expect(row.textContent).toContain('34.2% (13 of 38)');
    expect(row.textContent).toContain('Regular group activity');
    const effort = screen.getByRole('region', { name: 'By how much the act asks' });
    expect(within(effort).getByRole('row', { name: /way of life/ }).textContent).toContain('About 50% in 2008');
  });

  it('says in words that nobody has answered a question yet, rather than showing a share of nothing', () => {
    const unanswered = { ...BASE.questionResults[1], answered: 0, often: 0, oftenShare: null };
    render(<QuestionResults results={{ ...BASE, questionResults: [BASE.questionResults[0], unanswered] }} format={format} />);
    const row = within(screen.getByRole('region', { name: 'Question by question' })).getByRole('row', { name: /patient group/ });
    expect(within(row).getAllByRole('cell').at(-1)?.textContent).toBe('nobody has answered it yet');
  });

  it('shows the association with its direction and sample size, and the caveat that it is no cause', () => {
    render(<QuestionResults results={BASE} format={format} />);
    const drivers = screen.getByRole('region', { name: 'What goes with taking part' });
    expect(within(drivers).getByText(/r = 0.95, 40 residents/)).toBeTruthy();
    expect(within(drivers).getByText(/not what causes what/)).toBeTruthy();
    expect(within(drivers).getByText('32.5% answered “often” (40 answered; mean 48.8 out of 100)')).toBeTruthy();
  });

  it('shows nothing before any response, and no driver section when none was asked', () => {
    const { container, unmount } = render(<QuestionResults results={{ ...BASE, sampleSize: 0 }} format={format} />);
    expect(container.textContent).toBe('');
    unmount();
    render(<QuestionResults results={{ ...BASE, drivers: null }} format={format} />);
    expect(screen.queryByRole('region', { name: 'What goes with taking part' })).toBeNull();
  });
});

describe('SelfEfficacyTrend', () => {
  const trend = (points: unknown[]) => ({
    request: { query: SELF_EFFICACY_TREND },
    result: {
      data: { surveySelfEfficacyTrend: { __typename: 'SurveySelfEfficacyTrend', points, notes: ['A rise or fall shows no cause.'] } },
    },
  });

  it('lists each survey in order with its sample, after loading', async () => {
    renderScreen(<SelfEfficacyTrend format={format} responses={40} />, {
      mocks: [
        trend([
          {
            __typename: 'SurveySelfEfficacyPoint',
            survey: { __typename: 'Survey', id: 's1', title: 'Riverside 2026', createdAt: '2026-01-01T00:00:00Z' },
            answered: 40,
            oftenShare: 0.325,
            meanScore: 48.8,
          },
        ]),
      ],
    });
    expect(document.querySelector('.state--loading')).toBeTruthy();
    const row = await screen.findByRole('row', { name: /Riverside 2026/ });
    expect(row.textContent).toContain('40');
    expect(row.textContent).toContain('32.5%');
    expect(screen.getByText('A rise or fall shows no cause.')).toBeTruthy();
  });

  it('reads the trend again when the survey shown gains responses, so it never lags the results', async () => {
    const point = (answered: number, oftenShare: number | null) => ({
      __typename: 'SurveySelfEfficacyPoint',
      survey: { __typename: 'Survey', id: 's1', title: 'Northbridge follow-up', createdAt: '2026-12-01T00:00:00Z' },
      answered,
      oftenShare,
      meanScore: oftenShare === null ? null : 48.4,
    });
    /** The survey's page in small: its response count moves when a spreadsheet is imported. */
    function Page() {
      const [responses, setResponses] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setResponses(32)}>
            Import 32 responses
          </button>
          <SelfEfficacyTrend format={format} responses={responses} />
        </>
      );
    }
    renderScreen(<Page />, { mocks: [trend([point(0, null)]), trend([point(32, 0.313)])] });
    expect((await screen.findByRole('row', { name: /Northbridge follow-up/ })).textContent).toContain('no figure');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import 32 responses' }));
    await screen.findByText('31.3%');
    expect(screen.getByRole('row', { name: /Northbridge follow-up/ }).textContent).toContain('32');
  });

  it('says when no survey asked the question, and offers a retry on error', async () => {
    const { unmount } = renderScreen(<SelfEfficacyTrend format={format} responses={40} />, { mocks: [trend([])] });
    expect(await screen.findByText('No survey has asked the self-efficacy question yet.')).toBeTruthy();
    unmount();
    renderScreen(<SelfEfficacyTrend format={format} responses={40} />, {
      mocks: [{ request: { query: SELF_EFFICACY_TREND }, error: new Error('down') }],
    });
    expect(await screen.findByRole('button', { name: /try again/i })).toBeTruthy();
  });
});
