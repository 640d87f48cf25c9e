import { createElement as h } from 'react';
import { MapSection } from '../map-in-brief';
import { plural, renderDocument, Section, table } from '../page';
import type { PackItem, PackPriority, WorkshopPack } from './workshop-documents.service';
import { Attendees, WorkshopMeta } from './workshop-heading';

function ItemList({ items }: { items: PackItem[] }) {
  return h(
    'ul',
    null,
    items.map((item, i) =>
      h(
        'li',
        { key: i },
        h('strong', null, item.title),
        item.required ? '' : ' (advisory)',
        item.satisfied ? ' — already satisfied' : ` — still needs: ${item.explanation}`,
      ),
    ),
  );
}

function Agenda({ doc }: { doc: WorkshopPack }) {
  if (!doc.agenda.length) return h(Section, { title: 'Agenda' }, h('p', null, 'The agenda has no sections yet.'));
  return h(
    Section,
    { title: `Agenda (${doc.totalMinutes} minutes)` },
    table(
      [['From', 'number'], 'Section', ['Minutes', 'number']],
      doc.agenda.map((s) => [s.startsAt, s.title, s.minutes]),
    ),
  );
}

/** Each section with the checklist items it works towards: what is done and what each still needs. */
function Sections({ doc }: { doc: WorkshopPack }) {
  const withItems = doc.agenda.filter((s) => s.items.length);
  if (!withItems.length) return null;
  return h(
    'div',
    null,
    h('h2', null, 'What each section works towards'),
    withItems.map((s) =>
      h('section', { key: s.position, className: 'keep' }, h('h3', null, `${s.position}. ${s.title}`), h(ItemList, { items: s.items })),
    ),
  );
}

function OpenGate({ doc }: { doc: WorkshopPack }) {
  return h(
    Section,
    { title: "The step's gate: required items still open" },
    doc.openItems.length
      ? [
          h('p', { key: 'p' }, `${plural(doc.openItems.length, 'required item')} must be met before ${doc.step} can be completed.`),
          h(ItemList, { key: 'l', items: doc.openItems }),
        ]
      : h('p', null, `Every required item of ${doc.step} is met.`),
  );
}

/** The priority areas in their ranked order, with the room's average score and whether each was chosen. */
function Priorities({ priorities }: { priorities: PackPriority[] }) {
  const title = 'Priority areas';
  if (!priorities.length) return h(Section, { title }, h('p', null, 'No priority areas have been proposed yet.'));
  return h(
    Section,
    { title },
    h('p', null, 'Highest average first: the mean of the four criteria, each scored 1 to 5.'),
    table(
      ['Service area', ['Average score', 'number'], ['Scored by', 'number'], 'Selected'],
      priorities.map((p) => [
        p.area,
        p.score === null ? 'not scored' : p.score.toFixed(2),
        p.scorers,
        p.selected ? 'Selected' : 'Not selected',
      ]),
    ),
  );
}

function NotesPage() {
  return h(
    'section',
    { className: 'new-page' },
    h('h2', null, 'Notes'),
    h(
      'div',
      { className: 'lines', 'aria-hidden': true },
      Array.from({ length: 24 }, (_, i) => h('div', { key: i })),
    ),
  );
}

/** The workshop pack: what a facilitator brings into the room, printed before it meets. */
export function renderWorkshopPack(doc: WorkshopPack): Promise<string> {
  return renderDocument(
    `Workshop pack: ${doc.title}`,
    [
      h(WorkshopMeta, { key: 'meta', doc, kind: 'Workshop pack' }),
      h(Attendees, { key: 'attendees', doc }),
      h(Agenda, { key: 'agenda', doc }),
      h(Sections, { key: 'sections', doc }),
      h(OpenGate, { key: 'gate', doc }),
      doc.map ? h(MapSection, { key: 'map', map: doc.map, title: 'The coproduction map so far', scope: 'this programme' }) : null,
      doc.priorities ? h(Priorities, { key: 'priorities', priorities: doc.priorities }) : null,
      h(NotesPage, { key: 'notes' }),
    ],
    `Printed ${doc.printedAt} (${doc.timeZone}). Checklist items as the gate reads them, and any map or priorities as they stood, when printed.`,
  );
}
