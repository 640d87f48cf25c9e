import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { CreateSurveyForm } from './CreateSurveyForm';
import { CREATE_SURVEY, SURVEYS } from './operations';

const INPUT = {
  title: 'Northbridge neighbourhood survey',
  purpose: 'To learn how often neighbours look after the estate.',
  areas: ['LOCAL_ENVIRONMENT', 'HEALTH'],
  samplingMethod: 'DOOR_TO_DOOR',
  lawfulBasis: 'PUBLIC_TASK',
  askDrivers: false,
} as const;

const CREATED = {
  request: { query: CREATE_SURVEY, variables: { input: INPUT } },
  result: {
    data: {
      createSurvey: {
        __typename: 'SurveyWithLink',
        responseUrl: 'http://localhost:3000/responses/abc123',
        survey: { __typename: 'Survey', id: 'survey-1', title: INPUT.title },
      },
    },
  },
};
const LIST = { request: { query: SURVEYS }, result: { data: { surveys: { __typename: 'SurveyConnection', totalCount: 0, edges: [] } } } };

describe('CreateSurveyForm', () => {
  it('names each missing answer next to its field, the lawful basis and the policy areas included, and sends nothing', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    renderScreen(<CreateSurveyForm onCreated={onCreated} />, { path: '/o/org-1/programmes/p-1/surveys' });
    await user.click(screen.getByRole('button', { name: 'Start survey' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(expect.stringContaining('Give the survey a title.'));
    expect(screen.getByLabelText('What it is for')).toHaveAccessibleDescription(expect.stringContaining('Say what the survey is for'));
    expect(screen.getByLabelText('Lawful basis')).toHaveAccessibleDescription(
      expect.stringContaining('Choose the lawful basis residents will be told.'),
    );
    expect(screen.getByRole('group', { name: 'Policy areas to ask about' })).toHaveAccessibleDescription(
      expect.stringContaining('Choose at least one policy area.'),
    );
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('sends the purpose, the areas in the form’s order, the sampling method and the lawful basis, and hands back the link', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    renderScreen(<CreateSurveyForm onCreated={onCreated} />, { path: '/o/org-1/programmes/p-1/surveys', mocks: [CREATED, LIST] });
    await user.type(screen.getByLabelText('Title'), INPUT.title);
    await user.type(screen.getByLabelText('What it is for'), INPUT.purpose);
    await user.click(screen.getByRole('checkbox', { name: 'Health' }));
    await user.click(screen.getByRole('checkbox', { name: 'Local environment' }));
    await user.selectOptions(screen.getByLabelText('How respondents will be found'), 'Door to door');
    expect(screen.getByLabelText('How respondents will be found')).toHaveAccessibleDescription(
      expect.stringContaining('streets you knock on'),
    );
    await user.selectOptions(screen.getByLabelText('Lawful basis'), 'Public task');
    await user.click(screen.getByRole('button', { name: 'Start survey' }));
    await waitFor(() =>
      expect(onCreated).toHaveBeenCalledWith({ id: 'survey-1', title: INPUT.title, responseUrl: 'http://localhost:3000/responses/abc123' }),
    );
    expect(screen.getByLabelText('Title')).toHaveValue('');
  });
});
