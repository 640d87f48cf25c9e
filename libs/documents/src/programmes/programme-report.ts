import { createElement as h } from 'react';
import { Chart } from '../charts/chart';
import { priorityChartSummary, priorityChartSvg } from '../charts/priority-chart';
import { ratioBars, ratioChartSummary, ratioChartSvg, surveyChartSummary, surveyChartSvg } from '../charts/report-charts';
import { MapSection } from '../map-in-brief';
import { plural, renderDocument, Section, table, Together } from '../page';
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
const signed = (value: number | null, digits: number) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(digits)}`);

/** The line under a table that says where its figures come from. */
const source = (text: string) => h('p', { className: 'quiet' }, `Source: ${text}`);

function Steps({ doc }: { doc: ProgrammeReport }) {
  return h(
    Section,
    { title: `The five steps (cycle ${doc.cycle})` },
    h('p', null, `The programme is at ${doc.currentStep}.`),
    table(
      ['Step', 'State', 'Started', 'Completed', 'Target date'],
      doc.steps.map((s) => [s.name, STATE_WORDS[s.state] ?? s.state, dash(s.started), dash(s.completed), dash(s.target)]),
    ),
    source('the programme’s own records in coprod: a step starts when the one before it is completed; target dates are the team’s own.'),
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
          source('the gate records in coprod, with the reason the person who overrode a gate gave.'),
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
    { title: 'Priorities', keep: false },
    h(
      Together,
      null,
      h(
        'p',
        null,
        'Each area is scored from 1 to 5 on need, feasibility, appetite and impact by the members who score; the overall score is the mean of the four means.',
      ),
      svg
        ? h(Chart, { svg, summary, caption: 'The table below gives every figure.' })
        : h('p', { className: 'quiet' }, 'No area has been scored yet, so there is no chart of scores.'),
    ),
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
    source('the scores members entered in coprod; means of small numbers of scorers move a lot with each score.'),
  );
}

function onTrackWords(onTrack: boolean | null): string {
  if (onTrack === null) return 'Not yet known';
  return onTrack ? 'On track' : 'Not on track';
}

function Pilot({ pilot }: { pilot: ReportPilot }) {
  return h(
    'section',
    null,
    // The heading, status and metrics stay together; money and scaling keep themselves whole.
    h(
      Together,
      null,
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
      pilot.metrics.length ? source('the readings recorded for each metric; baselines and targets as the pilot set them.') : null,
    ),
    h(Economics, { pilot }),
    pilot.scaling ? h(Scaling, { scaling: pilot.scaling }) : null,
  );
}

function Economics({ pilot }: { pilot: ReportPilot }) {
  const e = pilot.economics;
  if (!e.hasLines) return h('p', { className: 'quiet' }, 'No costs, savings or wider benefits recorded for this pilot yet.');
  return h(
    Together,
    null,
    table(
      [['Costs', 'number'], ['Cashable savings', 'number'], ['Wider benefits', 'number'], ['Net benefit', 'number'], 'Benefit-cost ratio'],
      [[e.totalCost, e.totalSavings, e.totalWiderBenefits, e.netBenefit, e.ratio ?? '—']],
    ),
    e.reading ? h('p', null, e.reading) : null,
    e.note ? h('p', { className: 'quiet' }, e.note) : null,
    source('the pilot’s financial lines in coprod. Wider benefits are estimates of value that does not come back as cash.'),
  );
}

function Scaling({ scaling }: { scaling: NonNullable<ReportPilot['scaling']> }) {
  const done = (audience: 'staff' | 'citizens') => {
    const own = scaling.training.filter((t) => t.audience === audience);
    return `${own.filter((t) => t.done).length} of ${own.length}`;
  };
  return h(
    Together,
    null,
    h('h4', null, 'Scaling plan'),
    h(
      'dl',
      { className: 'meta' },
      h('dt', null, 'How'),
      h('dd', null, scaling.mechanism),
      h('dt', null, 'Where'),
      h('dd', null, scaling.areas.length ? scaling.areas.join(', ') : 'No service areas named yet'),
      h('dt', null, 'Expected reach'),
      h('dd', null, scaling.expectedReach === null ? 'Not estimated yet' : `${scaling.expectedReach.toLocaleString('en-GB')} people`),
      h('dt', null, 'Openness'),
      h('dd', null, scaling.transparency || 'Not said yet'),
      h('dt', null, 'Cost of scaling'),
      h('dd', null, scaling.cost ?? 'Not known yet'),
      h('dt', null, 'Training done'),
      h('dd', null, `Staff: ${done('staff')}; citizens: ${done('citizens')}. Coproduction at scale needs both trained.`),
    ),
    scaling.training.length
      ? table(
          ['Training', 'For', ['Sessions', 'number'], 'Done', ['Cost', 'number']],
          scaling.training.map((t) => [t.topic, t.audience, t.sessions, t.done ? 'Yes' : 'Not yet', t.cost ?? 'Not known yet']),
          { className: 'compact' },
        )
      : h('p', { className: 'quiet' }, 'No training planned yet.'),
  );
}

/**
 * The programme's case group by group, then its money with what growing costs: a board sees who
 * gains, not only the sum, and that scaling up is not free (Needham & Carr 2009, as the chapter
 * cites them).
 */
function WhoGains({ doc }: { doc: ProgrammeReport }) {
  const e = doc.economics;
  const recorded = e.groups.filter((g) => !g.empty);
  return h(
    'section',
    null,
    h('h2', null, 'Who gains, and what growing costs'),
    h(
      Together,
      null,
      h(
        'p',
        null,
        'Each metric and each line of money names the group it is for. Coproduction can pay off for several groups at once, and not always in cash.',
      ),
      recorded.length
        ? table(
            [
              'Group',
              'What they tend to gain',
              'Metrics tracking it',
              ['Savings', 'number'],
              ['Wider benefits', 'number'],
              ['Costs', 'number'],
            ],
            e.groups.map((g) => [
              g.label,
              g.typicalGain,
              g.metrics.length ? g.metrics.join('; ') : 'None yet',
              g.savings,
              g.widerBenefits,
              g.costs,
            ]),
            { className: 'compact' },
          )
        : h('p', { className: 'quiet' }, 'No metric or line of money has been recorded for any pilot of this programme yet.'),
      source(
        'the pilots’ metrics and financial lines in coprod, with the group each names; the gains listed are the usual ones for each group.',
      ),
    ),
    h(
      Together,
      null,
      h('h3', null, 'The whole programme, growth included'),
      table(
        [
          ['Pilots’ costs', 'number'],
          ['Scaling', 'number'],
          ['Training', 'number'],
          ['All costs', 'number'],
          ['Benefits', 'number'],
          ['Net benefit', 'number'],
          'Benefit-cost ratio',
        ],
        [[e.pilotCosts, e.scalingCosts, e.trainingCosts, e.totalCost, e.benefits, e.netBenefit, e.ratio ?? '—']],
      ),
      // The notes say it when a growth cost is still unknown (libs/workflow/src/benefits.ts).
      e.notes.length ? h('ul', { className: 'quiet' }, ...e.notes.map((n, i) => h('li', { key: i }, n))) : null,
      source(
        'the pilots’ financial lines and the scaling plans and training in coprod. Scaling and training are counted because coproduction at scale needs staff time, training and support that cost money (Needham & Carr 2009, as cited by Bovaird & Loeffler).',
      ),
    ),
  );
}

/** The pilots' ratios beside the published cases, with how to read each one and where it comes from. */
function Ratios({ doc }: { doc: ProgrammeReport }) {
  const bars = ratioBars(doc.pilots, doc.referenceCases);
  const svg = ratioChartSvg(bars);
  return h(
    'section',
    null,
    h('h2', null, 'Benefit-cost ratios beside the published cases'),
    h(
      Together,
      null,
      h(
        'p',
        null,
        'A ratio of 3 : 1 means each unit of money spent brought back three in savings and wider benefits. The published cases were measured in other places and years, in their own ways: they show what coproduction has returned elsewhere, not what a pilot here should return.',
      ),
      svg
        ? h(Chart, {
            svg,
            summary: ratioChartSummary(bars),
            caption: 'A range is drawn at its lower figure; the table below says how to read each.',
          })
        : h('p', null, 'No pilot of this programme has costs recorded yet, so it has no ratio of its own to set beside these cases.'),
    ),
    table(
      ['Case', 'Ratio', 'How to read it', 'Source'],
      [
        ...doc.pilots.map((p) => [
          `${p.name} (this programme)`,
          p.economics.ratio ?? '—',
          p.economics.reading ?? p.economics.note ?? 'No costs recorded yet.',
          'The pilot’s financial lines in coprod',
        ]),
        ...doc.referenceCases.map((c) => [
          c.title,
          c.ratio ? `${c.ratio.display} (${c.ratio.source})` : '—',
          [
            c.ratio?.reading ?? 'The study gives no ratio.',
            c.cost ? ` Cost: ${c.cost}.` : '',
            c.benefit ? ` Benefit: ${c.benefit}.` : '',
            c.ratio?.note ? ` ${c.ratio.note}` : '',
            ` Measured: ${c.measured} ${c.period}`,
          ].join(''),
          c.citation,
        ]),
      ],
      { className: 'compact' },
    ),
  );
}

/** The organisation's newest survey beside the 2008 figures, every caveat printed with it. */
function Survey({ doc }: { doc: ProgrammeReport }) {
  const title = 'What residents say they do: the coproduction index';
  const s = doc.survey;
  if (!s)
    return h(
      Section,
      { title },
      h(
        'p',
        null,
        doc.surveyCount
          ? 'No survey has any responses yet, so there is no index to report.'
          : 'The organisation has not run a coproduction survey yet, so there is no index to report. A survey asks residents how often they already help keep their area safe, clean and healthy.',
      ),
    );
  const svg = surveyChartSvg(s);
  return h(
    'section',
    null,
    h('h2', null, title),
    h(
      Together,
      null,
      h(
        'p',
        null,
        `From “${s.title}”${s.closed ? `, closed ${s.closed}` : ', still open'}: ${plural(s.sampleSize, 'response')}, ${s.sampling.toLowerCase()}. ` +
          'Each area’s index runs from 0 (nobody does these things) to 100 (everybody does them often). Surveys cover the whole organisation, not one programme.',
      ),
      svg ? h(Chart, { svg, summary: surveyChartSummary(s), caption: 'The table below gives every figure.' }) : null,
    ),
    h(
      Together,
      null,
      table(
        ['Area', ['Index', 'number'], ['Counted', 'number'], ['2008', 'number'], ...(s.earlier ? [['Change', 'number'] as const] : [])],
        s.byArea.map((a) => [a.label, dash(a.index), a.respondents, dash(a.reference), ...(s.earlier ? [signed(a.change, 1)] : [])]),
        { foot: ['Overall', dash(s.overall), '', '—', ...(s.earlier ? [signed(s.earlier.overallChange, 1)] : [])] },
      ),
      source(
        `this survey’s responses in coprod; the 2008 figures are ${doc.reference2008.citation} (${doc.reference2008.method.replace(/\.$/, '')}), which published no overall figure.`,
      ),
      s.earlier ? h('p', { className: 'quiet' }, `Change: since “${s.earlier.title}”. ${s.earlier.notes.join(' ')}`) : null,
    ),
    h(
      Together,
      null,
      h('h3', null, 'Read these figures with care'),
      h(
        'ul',
        null,
        [...(s.note ? [s.note] : []), ...s.caveats].map((c, i) => h('li', { key: i }, c)),
      ),
    ),
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
      doc.pilots.map((p) => [p.name, p.enrolled, p.withReadings, p.withTwoReadings, signed(p.meanChange, 2), p.note ?? '']),
    ),
    source(
      'enrolments and self-efficacy ratings recorded in coprod. A change in self-efficacy goes with taking part; it does not show that taking part caused it.',
    ),
  );
}

/** The programme report: where the programme stands, for a board or councillors who never open the client. */
export function renderProgrammeReport(doc: ProgrammeReport): Promise<string> {
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
      h(MapSection, { key: 'map', map: doc.map, title: 'The coproduction map', scope: 'this programme', heatMap: true }),
      h(Priorities, { key: 'priorities', doc }),
      h(Pilots, { key: 'pilots', doc }),
      h(WhoGains, { key: 'who-gains', doc }),
      h(Ratios, { key: 'ratios', doc }),
      h(Participants, { key: 'participants', doc }),
      h(Survey, { key: 'survey', doc }),
    ],
    `Printed ${doc.printedAt} (${doc.timeZone}). Figures as recorded in coprod when printed; dates in ${doc.timeZone}; money in the currency each pilot keeps its accounts in.`,
  );
}
