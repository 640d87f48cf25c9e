// The programme board's messages (src/screens/programme/).
export default {
  'programme.summary': 'At {step} · {status} · cycle {cycle}',
  'programme.updated': 'Last changed {when}',
} as const;
