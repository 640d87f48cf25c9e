import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../format/format';
import { renderScreen } from '../../test/render';
import type { MarketPilot } from './MarketScreen';
import { PUBLISH_TERMS, SAVE_TERMS } from './operations';
import { TermsSection } from './TermsSection';

const format = createFormatter('Europe/London', 'GBP');

const terms = (version: number, published: boolean) => ({
  id: `terms-${version}`,
  version,
  expectations: `We answer within five days (v${version}).`,
  rulesOfEngagement: `Decisions by show of hands (v${version}).`,
  published,
  publishedAt: published ? '2026-12-01T10:00:00Z' : null,
  createdAt: '2026-11-30T09:00:00Z',
});

function pilot(status: MarketPilot['status'], versions: ReturnType<typeof terms>[]): MarketPilot {
  return {
    id: 'pilot-1',
    name: 'Tenant repair panel',
    status,
    engagementPlan: { id: 'plan-1', version: 3, incentives: [], terms: versions, communicationActions: [], resources: [] },
  };
}

function renderTerms(
  p: MarketPilot,
  options: { mayPublish?: boolean; mocks?: NonNullable<Parameters<typeof renderScreen>[1]>['mocks']; onChanged?: () => Promise<void> } = {},
) {
  return renderScreen(
    <TermsSection
      pilot={p}
      mayPlan
      mayPublish={options.mayPublish ?? true}
      format={format}
      onChanged={options.onChanged ?? (async () => undefined)}
    />,
    {
      path: '/o/org-1/programmes/p-1/market',
      mocks: options.mocks,
    },
  );
}

describe('TermsSection', () => {
  it('says which version the public sees, and offers the next version pre-filled with the newest', () => {
    renderTerms(pilot('APPROVED', [terms(2, false), terms(1, true)]));
    expect(screen.getByText(/^Version 1 is published \(since 1 Dec 2026, 10:00\)/)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Write the next version of the rules of engagement' });
    expect(within(form).getByRole('textbox', { name: 'What residents can expect' })).toHaveValue('We answer within five days (v2).');
    expect(within(form).getByRole('button', { name: 'Save as version 3' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish version 2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish version 1' })).not.toBeInTheDocument();
  });

  it('refuses an empty version before sending, naming each missing part', async () => {
    renderTerms(pilot('APPROVED', []));
    const form = screen.getByRole('form', { name: 'Write the next version of the rules of engagement' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save as version 1' }));
    expect(within(form).getByRole('textbox', { name: 'What residents can expect' })).toHaveAccessibleDescription(
      expect.stringContaining('Say what residents can expect from the organisation.'),
    );
    expect(within(form).getByRole('textbox', { name: 'Rules of engagement' })).toHaveAccessibleDescription(
      expect.stringContaining('Write the rules of engagement.'),
    );
  });

  it('saves a version, then publishes it', async () => {
    const onChanged = vi.fn(async () => undefined);
    const input = {
      pilotId: 'pilot-1',
      expectations: 'A named officer answers within five days.',
      rulesOfEngagement: 'Anyone may come to the monthly meeting.',
    };
    const { unmount } = renderTerms(pilot('APPROVED', []), {
      onChanged,
      mocks: [
        {
          request: { query: SAVE_TERMS, variables: { input } },
          result: { data: { saveEngagementTerms: { __typename: 'EngagementTerms', id: 'terms-1', version: 1 } } },
        },
      ],
    });
    const form = screen.getByRole('form', { name: 'Write the next version of the rules of engagement' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'What residents can expect' }), input.expectations);
    await userEvent.type(within(form).getByRole('textbox', { name: 'Rules of engagement' }), input.rulesOfEngagement);
    await userEvent.click(within(form).getByRole('button', { name: 'Save as version 1' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), { timeout: 5000 });
    unmount();

    const published = vi.fn(async () => undefined);
    renderTerms(pilot('APPROVED', [terms(1, false)]), {
      onChanged: published,
      mocks: [
        {
          request: { query: PUBLISH_TERMS, variables: { input: { pilotId: 'pilot-1', version: 1 } } },
          result: {
            data: {
              publishEngagementTerms: {
                __typename: 'EngagementTerms',
                id: 'terms-1',
                version: 1,
                published: true,
                publishedAt: '2026-12-02T10:00:00Z',
              },
            },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 1' }));
    await waitFor(() => expect(published).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it('offers no publishing to a role that may not publish, nor for a pilot that ended', () => {
    const { unmount } = renderTerms(pilot('APPROVED', [terms(1, false)]), { mayPublish: false });
    expect(screen.queryByRole('button', { name: 'Publish version 1' })).not.toBeInTheDocument();
    unmount();
    renderTerms(pilot('STOP', [terms(1, false)]));
    expect(screen.queryByRole('button', { name: 'Publish version 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByText('The pilot has ended, so no further version can be written or published.')).toBeInTheDocument();
  });
});
