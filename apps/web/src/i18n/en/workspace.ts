export default {
  'workspace.breadcrumbs': 'You are here',
  'workspace.programme': 'Programme',
  'workspace.areas': 'Work on this programme',
  'workspace.currentStep': '(current step)',
  'workspace.area.MAP': 'Map it',
  'workspace.area.FOCUS': 'Focus it',
  'workspace.area.PEOPLE': 'People it',
  'workspace.area.MARKET': 'Market it',
  'workspace.area.GROW': 'Grow it',
  'workspace.area.SURVEYS': 'Surveys',
  'workspace.area.RISKS': 'Risks & disagreements',
  'workspace.open': 'Open the {step} work area',
} as const;
