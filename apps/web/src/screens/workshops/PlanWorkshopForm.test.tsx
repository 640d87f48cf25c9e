import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../test/render';
import { INVITABLE_PARTICIPANTS, MY_WORKSHOP_TEMPLATES, PLAN_WORKSHOP } from './operations';
import { PlanWorkshopForm } from './PlanWorkshopForm';

const MEMBERS = [
  { id: 'user-1', name: 'Pat Example' },
  { id: 'user-2', name: 'Sam Consultant' },
];
const TEMPLATES = {
  request: { query: MY_WORKSHOP_TEMPLATES },
  result: {
    data: {
      myWorkshopTemplates: {
        __typename: 'WorkshopTemplateConnection',
        edges: [
          {
            __typename: 'WorkshopTemplateEdge',
            node: {
              __typename: 'WorkshopTemplate',
              id: 'tpl-1',
              title: 'Short mapping morning',
              step: 'MAP',
              sections: [{ __typename: 'WorkshopTemplateSection', title: 'Who does what already', minutes: 45 }],
            },
          },
        ],
      },
    },
  },
};
const PARTICIPANTS = {
  request: { query: INVITABLE_PARTICIPANTS },
  result: {
    data: {
      participants: {
        __typename: 'ParticipantConnection',
        totalCount: 1,
        edges: [{ __typename: 'ParticipantEdge', node: { __typename: 'Participant', id: 'part-1', displayName: 'Robin Resident' } }],
      },
    },
  },
};
const PLANNED = { __typename: 'Workshop', id: 'w-9', title: 'Short mapping morning' };
// 09:30 and 12:00 in London in July (summer time) are 08:30 and 11:00 UTC.
const INPUT = {
  programmeId: 'p-1',
  step: 'MAP',
  startsAt: '2027-07-12T08:30:00.000Z',
  endsAt: '2027-07-12T11:00:00.000Z',
  facilitatorUserId: 'user-2',
  attendeeUserIds: ['user-1'],
  attendeeParticipantIds: ['part-1'],
  templateId: 'tpl-1',
  place: 'Town hall, room 2',
};

function renderForm(mocks: object[]) {
  const onPlanned = vi.fn();
  renderScreen(
    <PlanWorkshopForm programmeId="p-1" currentStep="FOCUS" members={MEMBERS} timeZone="Europe/London" onPlanned={onPlanned} />,
    {
      path: '/o/org-1/programmes/p-1/workshops',
      mocks: [TEMPLATES, PARTICIPANTS, ...mocks] as never,
    },
  );
  return { onPlanned, form: screen.getByRole('form', { name: 'Plan a workshop' }) };
}

async function fillIn(form: HTMLElement) {
  await userEvent.click(within(form).getByRole('radio', { name: 'One of my templates' }));
  await within(form).findByRole('option', { name: 'Short mapping morning (Map it, 1 section)' });
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Template' }), 'tpl-1');
  expect(within(form).getByRole('combobox', { name: 'Step' })).toHaveValue('MAP');
  await userEvent.type(within(form).getByLabelText('Starts'), '2027-07-12T09:30');
  await userEvent.type(within(form).getByLabelText('Ends'), '2027-07-12T12:00');
  await userEvent.type(within(form).getByRole('textbox', { name: /Place/ }), 'Town hall, room 2');
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Facilitator' }), 'user-2');
  await userEvent.click(within(form).getByRole('checkbox', { name: 'Pat Example' }));
  await userEvent.click(await within(form).findByRole('checkbox', { name: 'Robin Resident' }));
}

afterEach(() => window.sessionStorage.clear());

describe('PlanWorkshopForm', () => {
  it('names each field at fault before sending: no times, an end before the start, no template chosen', async () => {
    const { form, onPlanned } = renderForm([]);
    expect(within(form).getByRole('combobox', { name: 'Step' })).toHaveValue('FOCUS');
    expect(within(form).getByRole('combobox', { name: 'Facilitator' })).toHaveValue('user-1'); // the planner, by default
    await userEvent.click(within(form).getByRole('radio', { name: 'One of my templates' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Plan the workshop' }));
    expect(within(form).getByLabelText('Starts')).toHaveAccessibleDescription(expect.stringContaining('Enter when the workshop starts.'));
    expect(within(form).getByLabelText('Ends')).toHaveAccessibleDescription(expect.stringContaining('Enter when the workshop ends.'));
    expect(within(form).getByRole('combobox', { name: 'Template' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Some answers need changing: see the messages below.');

    await userEvent.type(within(form).getByLabelText('Starts'), '2027-07-12T09:30');
    await userEvent.type(within(form).getByLabelText('Ends'), '2027-07-12T08:00');
    await userEvent.click(within(form).getByRole('button', { name: 'Plan the workshop' }));
    expect(within(form).getByLabelText('Ends')).toHaveAccessibleDescription(expect.stringContaining('The end must come after the start.'));
    expect(within(form).getByLabelText('Starts')).not.toHaveAttribute('aria-invalid');
    expect(onPlanned).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal next to the field it names, and keeps what was typed', async () => {
    const errors = [
      new GraphQLError('Invalid input', {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.attendeeParticipantIds[0]', message: 'has no lawful basis recorded' },
            { field: 'input.facilitatorUserId', message: 'is not a member of the organisation' },
          ],
        },
      }),
    ];
    const { form, onPlanned } = renderForm([{ request: { query: PLAN_WORKSHOP, variables: { input: INPUT } }, result: { errors } }]);
    await fillIn(form);
    await userEvent.click(within(form).getByRole('button', { name: 'Plan the workshop' }));
    expect(await within(form).findByText('Is not a member of the organisation.', { selector: '.field__error' })).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Facilitator' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('alert')).toHaveTextContent('Has no lawful basis recorded.');
    expect(within(form).getByRole('textbox', { name: /Place/ })).toHaveValue('Town hall, room 2');
    expect(onPlanned).not.toHaveBeenCalled();
  });

  it('sends the times as moments of the organisation’s zone, with the template and attendees, and forgets the draft', async () => {
    const { form, onPlanned } = renderForm([
      { request: { query: PLAN_WORKSHOP, variables: { input: INPUT } }, result: { data: { planWorkshop: PLANNED } } },
    ]);
    await fillIn(form);
    expect(Object.keys(window.sessionStorage).some((k) => k.endsWith('#plan-workshop'))).toBe(true);
    await userEvent.click(within(form).getByRole('button', { name: 'Plan the workshop' }));
    await waitFor(() => expect(onPlanned).toHaveBeenCalledWith(expect.objectContaining({ id: 'w-9' })));
    expect(Object.keys(window.sessionStorage).some((k) => k.endsWith('#plan-workshop'))).toBe(false);
  });
});
