import { createElement as h } from 'react';
import type { WorkshopConversionKind, WorkshopOutputKind } from '@app/workflow';
import { plural, renderDocument, Section, table } from '../page';
import type { WorkshopRecord } from './workshop-documents.service';
import { Attendees, WorkshopMeta } from './workshop-heading';

const OUTPUT_KINDS: Record<WorkshopOutputKind, string> = {
  NOTE: 'Notes',
  DECISION: 'Decisions',
  ACTION: 'Actions to take',
  INITIATIVE: 'Initiatives heard of',
  PRIORITY: 'Priorities',
  RISK: 'Risks',
};

const RECORD_KINDS: Record<WorkshopConversionKind, string> = {
  TASK: 'Task',
  INITIATIVE: 'Initiative on the map',
  PRIORITY_AREA: 'Priority area',
  CHECKLIST_TICK: 'Checklist item ticked',
};

/**
 * A stored text with its line breaks kept: a vote's decision (voteDecisionText in libs/workflow)
 * puts each ranked option on a line of its own, which HTML would otherwise run together.
 */
function Lines({ text }: { text: string }) {
  return text.split('\n').flatMap((line, i) => (i ? [h('br', { key: `b${i}` }), line] : [line]));
}

function Outputs({ doc }: { doc: WorkshopRecord }) {
  if (!doc.outputs.length) return h(Section, { title: 'What the room produced' }, h('p', null, 'Nothing was captured.'));
  return h(
    'div',
    null,
    h('h2', null, 'What the room produced'),
    doc.outputs.map(({ kind, outputs }) =>
      h(
        'section',
        { key: kind, className: 'keep' },
        h('h3', null, `${OUTPUT_KINDS[kind]} (${outputs.length})`),
        h(
          'ol',
          null,
          outputs.map((o) =>
            h(
              'li',
              { key: o.position },
              h(Lines, { text: o.text }),
              o.guest ? h('span', { className: 'quiet' }, ` — from ${o.guest} (guest)`) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function Rounds({ doc }: { doc: WorkshopRecord }) {
  if (!doc.rounds.length) return h(Section, { title: 'Votes' }, h('p', null, 'The room held no vote.'));
  return h(
    'div',
    null,
    h('h2', null, 'Votes'),
    doc.rounds.map((r) =>
      h(
        'section',
        { key: r.position, className: 'keep' },
        h('h3', null, `${r.position}. ${r.question}`),
        h(
          'p',
          { className: 'quiet' },
          `${r.status === 'CLOSED' ? 'Closed' : 'Still open'}; ${plural(r.voterCount, 'voter')}, ${plural(r.dotsPerVoter, 'dot')} each` +
            (r.anonymous ? '; anonymous, so only the totals were kept.' : '.'),
        ),
        table(
          [['Rank', 'number'], 'Option', ['Dots', 'number'], ['Share', 'number']],
          [...r.options]
            .sort((a, b) => a.rank - b.rank || a.position - b.position)
            .map((o) => [o.rank, o.label, o.dots, `${Math.round(o.share * 100)}%`]),
        ),
        r.decision ? h('p', null, h('strong', null, 'Decision recorded: '), h(Lines, { text: r.decision })) : null,
      ),
    ),
  );
}

function Conversions({ doc }: { doc: WorkshopRecord }) {
  return h(
    Section,
    { title: 'What became a record' },
    doc.conversions.length
      ? table(
          ['From the room', 'Became', 'Record', 'Now'],
          doc.conversions.map((c) => [
            c.output,
            RECORD_KINDS[c.kind],
            c.record ?? 'No longer there',
            c.stands ? 'Stands' : c.kind === 'CHECKLIST_TICK' ? 'Tick since changed' : 'Removed since',
          ]),
        )
      : h('p', null, 'No output has become a task, initiative, priority area or tick yet.'),
  );
}

/** The workshop record: who came, what the room produced and decided, and what it became, printed after. */
export function renderWorkshopRecord(doc: WorkshopRecord): Promise<string> {
  return renderDocument(
    `Workshop record: ${doc.title}`,
    [
      h(WorkshopMeta, { key: 'meta', doc, kind: 'Workshop record' }),
      h(Attendees, { key: 'attendees', doc, guests: doc.guests }),
      h(Outputs, { key: 'outputs', doc }),
      h(Rounds, { key: 'rounds', doc }),
      h(Conversions, { key: 'conversions', doc }),
    ],
    `Printed ${doc.printedAt} (${doc.timeZone}). Records as they stand when printed.`,
  );
}
