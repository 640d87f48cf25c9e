import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PublicSurveyForm, RespondScreen } from './RespondScreen';

const FORM: PublicSurveyForm = {
  title: 'Northbridge neighbourhood survey',
  purpose: 'To see how often neighbours look after shared spaces, so next year’s support goes where it helps.',
  lawfulBasis: 'PUBLIC_TASK',
  scale: ['NEVER', 'SOMETIMES', 'OFTEN'],
  areas: [
    {
      area: 'LOCAL_ENVIRONMENT',
      label: 'Local environment',
      questions: [
        { key: 'environment.q1', text: 'How often do you sort your rubbish for recycling?' },
        { key: 'environment.q2', text: 'How often do you help tidy a shared space?' },
      ],
    },
  ],
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function renderAt(token: string, fetcher: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const spy = vi.fn(fetcher);
  vi.stubGlobal('fetch', spy);
  const router = createMemoryRouter([{ path: '/responses/:token', element: <RespondScreen /> }], {
    initialEntries: [`/responses/${token}`],
  });
  render(<RouterProvider router={router} />);
  return spy;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RespondScreen, the residents’ page', () => {
  it('asks the optional questions about the resident last, as a section of their own on the same scale', async () => {
    renderAt('tok-2', async () =>
      json(200, {
        ...FORM,
        aboutYou: [{ key: 'drivers.efficacy', text: 'How often do you feel that people like you can change things?' }],
      }),
    );
    const section = await screen.findByRole('region', { name: 'About you and where you live' });
    const group = within(section).getByRole('group', { name: /people like you can change things/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
  });

  it('shows the survey’s purpose, its lawful basis and each question as a group of choices, fetched as JSON without a session', async () => {
    const fetcher = renderAt('tok-1', async () => json(200, FORM));
    expect(await screen.findByRole('heading', { level: 1, name: FORM.title })).toBeInTheDocument();
    expect(screen.getByText(FORM.purpose!)).toBeInTheDocument();
    expect(screen.getByText(/lawful basis is “public task”/)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: /How often do you sort your rubbish/ });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['NEVER', 'SOMETIMES', 'OFTEN']);
    expect(fetcher).toHaveBeenCalledWith(
      '/responses/tok-1',
      expect.objectContaining({ headers: { accept: 'application/json' }, credentials: 'omit' }),
    );
    // Nothing of the app: no navigation, no link anywhere.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryAllByRole('link')).toEqual([]);
    // The title is set by an effect, which React may run after the heading is painted.
    await waitFor(() => expect(document.title).toBe(FORM.title));
  });

  it('asks for at least one answer, then posts only the answers given and ends with thanks and what happens next', async () => {
    const user = userEvent.setup();
    const fetcher = renderAt('tok-2', async (_input, init) =>
      init?.method === 'POST' ? json(200, { received: true, answered: 1, message: 'Thank you' }) : json(200, FORM),
    );
    await screen.findByRole('heading', { level: 1, name: FORM.title });
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose an answer to at least one question before sending.');
    expect(screen.getByRole('alert')).toHaveFocus();

    await user.click(within(screen.getByRole('group', { name: /help tidy a shared space/ })).getByRole('radio', { name: 'Often' }));
    expect(screen.getByText('1 of 2 answered')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    const thanks = await screen.findByRole('heading', { level: 1, name: 'Thank you' });
    await waitFor(() => expect(thanks).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeInTheDocument();
    const post = fetcher.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ answers: { 'environment.q2': 'OFTEN' } });
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });

  it('says plainly when the link is unknown or the survey has closed, without a way into anything else', async () => {
    renderAt('gone', async () => json(404, { code: 'NOT_FOUND', message: 'Survey link not found' }));
    expect(await screen.findByText(/This link does not work/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('offers to try again when the server cannot be reached', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderAt('tok-3', async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return json(200, FORM);
    });
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: FORM.title })).toBeInTheDocument();
  });
});
