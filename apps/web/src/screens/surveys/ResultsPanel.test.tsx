import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../format/format';
import type { SurveyResultsFieldsFragment } from '../../gql/graphql';
import { ResultsPanel } from './ResultsPanel';

const format = createFormatter('Europe/London', 'GBP');

const REFERENCE: SurveyResultsFieldsFragment['reference'] = {
  citation: 'Loeffler et al. (2008), five-country survey.',
  year: 2008,
  method: 'A survey by telephone and online',
  respondentsPerCountry: 1000,
  byCountry: [],
};

const RESULTS: SurveyResultsFieldsFragment = {
  sampleSize: 3,
  overall: 58.3,
  note: null,
  caveats: [
    'Self-selected online samples tend to read high.',
    'Under 100 responses: a few answers move the index a lot.',
    'The questions and scale here are this product’s own, so the 2008 figures are a guide, not a like-for-like comparison.',
  ],
  sampling: {
    method: 'SELF_SELECTED_ONLINE',
    label: 'Self-selected online',
    caveat: 'People who choose to answer tend to be engaged already.',
  },
  byArea: [
    { area: 'LOCAL_ENVIRONMENT', label: 'Local environment', index: 66.7, respondents: 3, note: null, referenceIndex: 61 },
    { area: 'HEALTH', label: 'Health', index: null, respondents: 0, note: 'nobody answered 3 of its questions', referenceIndex: 52 },
  ],
  responsesByChannel: [
    { channel: 'LINK', count: 1 },
    { channel: 'ENTERED', count: 1 },
    { channel: 'CSV', count: 1 },
  ],
  answersFromRepeatedClients: 0,
  mostAnswersFromOneClient: 1,
  reference: REFERENCE,
  questionResults: [],
  effortPattern: [],
  drivers: null,
};

describe('ResultsPanel', () => {
  it('puts the sample size, how it was drawn and every caveat beside the index, with the questions named as this product’s own', () => {
    render(<ResultsPanel results={RESULTS} format={format} />);
    expect(screen.getByText('3 responses')).toBeInTheDocument();
    expect(screen.getByText('(through the link 1, entered by hand 1, imported 1)')).toBeInTheDocument();
    expect(screen.getByText('People who choose to answer tend to be engaged already.')).toBeInTheDocument();
    expect(screen.getByText('58.3 out of 100')).toBeInTheDocument();
    const caveats = within(screen.getByRole('region', { name: 'Read these figures with care' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(caveats).toEqual(RESULTS.caveats);
    expect(caveats.at(-1)).toContain('this product’s own');
    expect(screen.getByText(/about 1,000 respondents in each country/)).toHaveTextContent(REFERENCE.citation);
  });

  it('gives the chart a summary sentence and a table of each area here and in 2008, a missing figure said as such', () => {
    render(<ResultsPanel results={RESULTS} format={format} />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getAllByText('Index by policy area, beside the 2008 five-country figures')[0].tagName).toBe('FIGCAPTION');
    expect(figure).toHaveAccessibleDescription(
      'Overall index 58.3 out of 100, from 3 responses. Local environment: 66.7 here, 61 in the 2008 study. Health: no figure here, 52 in the 2008 study.',
    );
    const rows = within(figure).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Local environment', '66.7', '3', '61'],
      ['Health', 'no figure (nobody answered 3 of its questions)', '0', '52'],
    ]);
  });

  it('with no responses shows no chart, says so and what to do, and still names the method', () => {
    render(
      <ResultsPanel
        results={{
          ...RESULTS,
          sampleSize: 0,
          overall: null,
          note: 'No responses yet.',
          byArea: RESULTS.byArea.map((a) => ({ ...a, index: null, respondents: 0 })),
        }}
        format={format}
      />,
    );
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByText('No responses yet, so there is no index to show.')).toBeInTheDocument();
    expect(screen.getByText('No responses yet.')).toBeInTheDocument();
    expect(screen.getByText('People who choose to answer tend to be engaged already.')).toBeInTheDocument();
  });

  it('warns when many open-link answers came from the same device or network', () => {
    render(<ResultsPanel results={{ ...RESULTS, answersFromRepeatedClients: 4, mostAnswersFromOneClient: 3 }} format={format} />);
    expect(
      screen.getByText(/4 answers through the open link came from devices or networks that sent more than one \(at most 3 from one\)/),
    ).toBeInTheDocument();
  });
});
