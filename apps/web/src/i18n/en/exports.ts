// The CSV exports' messages (src/components/CsvDownload.tsx, src/screens/dashboard/ExportsSection.tsx).
export default {
  'exports.kind.tasks': 'Tasks',
  'exports.kind.pilots': 'Pilots and their money',
  'exports.kind.pilot-metrics': 'Pilot measures',
  'exports.kind.participants': 'Participants',
  'exports.kind.survey-results': 'Survey results',
  'exports.kind.survey-questions': 'Survey answers by question',
  'exports.kind.initiatives': 'Initiatives',

  'exports.about.tasks': 'Every task: its programme, step, status, who it is given to, when it is due and when it was done.',
  'exports.about.pilots':
    'One row a pilot: costs, savings, wider benefits, net benefit and the benefit-cost ratio, to the penny, with the people reached.',
  'exports.about.pilot-metrics': 'One row a measure of a pilot: its baseline, target and latest value, and whether it is on track.',
  'exports.about.participants':
    'Names, contact details, notes, skills and pilots of everyone taking part. Erased people are left out. Keep the file safe: it holds personal data.',
  'exports.about.survey-results':
    'For each survey and policy area: the coproduction index, how many answered, and the 2008 figure beside it.',
  'exports.about.survey-questions':
    'For each survey and question: how many answered it, how many said “often”, and the share, with its policy area and the kind of effort it asks.',
  'exports.about.initiatives': 'Every initiative on the map, in the layout the import reads.',

  'exports.download': 'Download CSV: {what}',
  'exports.preparing': 'Preparing the file…',
  'exports.started': 'The download of {what} has started.',
  'exports.failed': '{what} could not be downloaded. {problem}',
  'exports.problem.UNAUTHENTICATED': 'Your session has ended: sign in again, then try once more.',
  'exports.problem.FORBIDDEN': 'Your role does not include this file.',
  'exports.problem.NOT_FOUND': 'The programme was not found: it may have been deleted.',
  'exports.problem.NETWORK': 'The server could not be reached. Check your connection and try again.',
  'exports.problem.SERVER': 'Something went wrong on the server. Try again in a moment.',

  'exports.section.title': 'Exports',
  'exports.section.lead':
    'Download the organisation’s records as spreadsheets (CSV files that Excel, LibreOffice and Google Sheets open). Each holds every programme; a programme’s own screens offer its part alone.',
  'exports.section.notAllowed': 'Participants: your role does not include people’s personal details, so this file is not offered.',
} as const;
