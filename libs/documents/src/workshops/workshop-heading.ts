import { createElement as h } from 'react';
import { plural, Section, table } from '../page';
import type { WorkshopHeading } from './workshop-documents.service';

/** When, where and who: the top of both workshop documents. */
export function WorkshopMeta({ doc, kind }: { doc: WorkshopHeading; kind: string }) {
  const row = (term: string, value: string) => [h('dt', { key: `${term}-t` }, term), h('dd', { key: `${term}-d` }, value)];
  return h(
    'header',
    null,
    h('p', { className: 'quiet' }, `${doc.organisation} · ${doc.programme} · ${doc.step} · ${kind}`),
    h('h1', null, doc.title),
    h(
      'dl',
      { className: 'meta' },
      row('When', doc.when),
      doc.place ? row('Where', doc.place) : null,
      doc.onlineUrl ? row('Online', doc.onlineUrl) : null,
      row('Facilitator', doc.facilitator ?? 'Nobody named yet'),
      row('Status', doc.status.toLowerCase()),
    ),
  );
}

/** Members by name; participants by name only for a role that may read names, else how many. */
export function Attendees({ doc, guests }: { doc: WorkshopHeading; guests?: string[] }) {
  const people = [
    ...doc.members.map((name) => ({ name, who: 'Member' })),
    ...(doc.participants ?? []).map((name) => ({ name, who: 'Participant' })),
    ...(guests ?? []).map((name) => ({ name, who: 'Guest (the name they gave in the room)' })),
  ];
  const hidden = doc.participants === null && doc.participantCount > 0;
  return h(
    Section,
    { title: 'Attendees' },
    people.length
      ? table(
          ['Name', 'Attends as'],
          people.map((p) => [p.name, p.who]),
        )
      : h('p', null, 'Nobody is on the list yet.'),
    hidden
      ? h('p', { className: 'quiet' }, `Also ${plural(doc.participantCount, 'participant')}, whose names your role does not show.`)
      : null,
  );
}
