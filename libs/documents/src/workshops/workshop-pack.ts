import { createElement as h } from 'react';
import { renderDocument, Section } from '../page';
import type { PackItem, WorkshopPack } from './workshop-documents.service';
import { Attendees, plural, WorkshopMeta } from './workshop-heading';

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
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h('tr', null, h('th', { className: 'number' }, 'From'), h('th', null, 'Section'), h('th', { className: 'number' }, 'Minutes')),
      ),
      h(
        'tbody',
        null,
        doc.agenda.map((s) =>
          h(
            'tr',
            { key: s.position },
            h('td', { className: 'number' }, s.startsAt),
            h('td', null, s.title),
            h('td', { className: 'number' }, s.minutes),
          ),
        ),
      ),
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
export function renderWorkshopPack(doc: WorkshopPack): string {
  return renderDocument(
    `Workshop pack: ${doc.title}`,
    [
      h(WorkshopMeta, { key: 'meta', doc, kind: 'Workshop pack' }),
      h(Attendees, { key: 'attendees', doc }),
      h(Agenda, { key: 'agenda', doc }),
      h(Sections, { key: 'sections', doc }),
      h(OpenGate, { key: 'gate', doc }),
      h(NotesPage, { key: 'notes' }),
    ],
    `Printed ${doc.printedAt} (${doc.timeZone}). Checklist items as the gate reads them when printed.`,
  );
}
