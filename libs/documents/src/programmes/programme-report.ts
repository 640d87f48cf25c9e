import { createElement as h } from 'react';
import { renderDocument, Section, table } from '../page';
import { plural } from '../workshops/workshop-heading';
import { priorityChartSummary, priorityChartSvg } from './priority-chart';
import type { ProgrammeReport, ReportPilot } from './programme-report.service';

const PILOT_STATUS_WORDS: Record<string, string> = {
  PROPOSED: 'proposed',
  APPROVED: 'approved, not yet running',
  RUNNING: 'running',
  EVALUATING: 'being evaluated',
  SCALE: 'decided: scale it up',
  STOP: 'decided: stop it',
  REJECTED: 'rejected',
};

const STATE_WORDS: Record<string, string> = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' };

const dash = (value: string | number | null) => (value === null ? '—' : value);
const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));

function Steps({ doc }: { doc: ProgrammeReport }) {
  return h(
    Section,
    { title: `The five steps (cycle ${doc.cycle})` },
    h('p', null, `The programme is at ${doc.currentStep}.`),
    table(
      ['Step', 'State', 'Started', 'Completed', 'Target date'],
      doc.steps.map((s) => [s.name, STATE_WORDS[s.state] ?? s.state, dash(s.started), dash(s.completed), dash(s.target)]),
    ),
  );
}

function Gates({ doc }: { doc: ProgrammeReport }) {
  const overrides = doc.gates.filter((g) => g.override).length;
  return h(
    Section,
    { title: 'Gates passed' },
    ...(doc.gates.length
      ? [
          h(
            'p',
            null,
            `${plural(doc.gates.length, 'gate')} passed, ${overrides} of them by override. An override completes a step whose required items were not all met; its reason is given.`,
          ),
          table(
            ['Step', 'Passed on', 'How', 'Reason for the override'],
            doc.gates.map((g) => [
              g.step + (g.setAside ? ' (set aside: the step was reopened)' : ''),
              g.passedAt,
              g.override ? 'Override' : 'Every required item met',
              g.override ? (g.reason ?? '—') : '',
            ]),
          ),
        ]
      : [h('p', null, 'No step has passed its gate yet.')]),
  );
}

function Priorities({ doc }: { doc: ProgrammeReport }) {
  if (!doc.priorities.length)
    return h(Section, { title: 'Priorities' }, h('p', null, 'No priority areas have been proposed for this programme yet.'));
  const svg = priorityChartSvg(doc.priorities);
  const summary = priorityChartSummary(doc.priorities);
  return h(
    Section,
    { title: 'Priorities' },
    h(
      'p',
      null,
      'Each area is scored from 1 to 5 on need, feasibility, appetite and impact by the members who score; the overall score is the mean of the four means.',
    ),
    svg
      ? h(
          'figure',
          { className: 'chart', style: { margin: '0 0 3mm' } },
          h('div', { role: 'img', 'aria-label': summary, dangerouslySetInnerHTML: { __html: svg } }),
          h('figcaption', { className: 'quiet' }, `${summary} The table below gives every figure.`),
        )
      : h('p', { className: 'quiet' }, 'No area has been scored yet, so there is no chart of scores.'),
    table(
      [
        'Area',
        ['Scorers', 'number'],
        ['Need', 'number'],
        ['Feasibility', 'number'],
        ['Appetite', 'number'],
        ['Impact', 'number'],
        ['Overall', 'number'],
        'Selected',
      ],
      doc.priorities.map((p) => [
        p.name,
        p.scorers,
        score(p.need),
        score(p.feasibility),
        score(p.appetite),
        score(p.impact),
        score(p.overall),
        p.selected ? 'Yes' : 'No',
      ]),
      { className: 'compact' },
    ),
  );
}

function onTrackWords(onTrack: boolean | null): string {
  if (onTrack === null) return 'Not yet known';
  return onTrack ? 'On track' : 'Not on track';
}

function Pilot({ pilot }: { pilot: ReportPilot }) {
  return h(
    'section',
    { className: 'keep' },
    h('h3', null, pilot.name),
    h(
      'p',
      null,
      `Status: ${PILOT_STATUS_WORDS[pilot.status] ?? pilot.status.toLowerCase()}.`,
      pilot.budget ? ` Budget: ${pilot.budget}.` : ' No budget recorded.',
      pilot.participantsReached !== null ? ` Reached: ${pilot.participantsReached} people, as the pilot records it.` : '',
    ),
    pilot.metrics.length
      ? table(
          ['Metric', ['Baseline', 'number'], ['Target', 'number'], ['Latest', 'number'], 'Measured on', 'Against target'],
          pilot.metrics.map((m) => [
            `${m.name} (${m.unit})`,
            dash(m.baseline),
            dash(m.target),
            dash(m.latest),
            dash(m.latestDate),
            onTrackWords(m.onTrack),
          ]),
        )
      : h('p', { className: 'quiet' }, 'No metrics recorded for this pilot.'),
  );
}

function Pilots({ doc }: { doc: ProgrammeReport }) {
  if (!doc.pilots.length)
    return h(Section, { title: 'Pilots' }, h('p', null, 'This programme has no pilots yet, so there are no metrics to report.'));
  return h(
    'div',
    null,
    h('h2', null, 'Pilots'),
    doc.pilotTotal > doc.pilots.length
      ? h('p', { className: 'quiet' }, `The newest ${doc.pilots.length} of ${doc.pilotTotal} pilots.`)
      : null,
    doc.pilots.map((pilot, i) => h(Pilot, { key: i, pilot })),
  );
}

function Participants({ doc }: { doc: ProgrammeReport }) {
  if (!doc.pilots.length)
    return h(Section, { title: 'Participants and self-efficacy' }, h('p', null, 'With no pilots, nobody has been enrolled yet.'));
  return h(
    Section,
    { title: 'Participants and self-efficacy' },
    h(
      'p',
      null,
      'Counts and means only: no one is named. Self-efficacy is each participant’s own rating of how able they feel to take part; the change is the mean of each person’s latest rating less their first, over those rated twice or more.',
    ),
    table(
      [
        'Pilot',
        ['Enrolled', 'number'],
        ['Rated at least once', 'number'],
        ['Rated twice or more', 'number'],
        ['Mean change', 'number'],
        'Caveat',
      ],
      doc.pilots.map((p) => [
        p.name,
        p.enrolled,
        p.withReadings,
        p.withTwoReadings,
        p.meanChange === null ? '—' : `${p.meanChange > 0 ? '+' : ''}${p.meanChange.toFixed(2)}`,
        p.note ?? '',
      ]),
    ),
  );
}

/** The programme report: where the programme stands, for a board or councillors who never open the client. */
export function renderProgrammeReport(doc: ProgrammeReport): string {
  return renderDocument(
    `Programme report: ${doc.programme}`,
    [
      h(
        'header',
        { key: 'header' },
        h('p', { className: 'quiet' }, `${doc.organisation} · Programme report`),
        h('h1', null, doc.programme),
      ),
      h(Steps, { key: 'steps', doc }),
      h(Gates, { key: 'gates', doc }),
      h(Priorities, { key: 'priorities', doc }),
      h(Pilots, { key: 'pilots', doc }),
      h(Participants, { key: 'participants', doc }),
    ],
    `Printed ${doc.printedAt} (${doc.timeZone}). Figures as recorded in coprod when printed; dates in ${doc.timeZone}.`,
  );
}
