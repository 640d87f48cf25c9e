import type { As, GraphqlClient } from '../support/graphql-client';

export const PROGRAMME_FIELDS = `id version status currentStep cycle steps { id step state ownerId overrideReason items { id key kind required } gate { open openItems { key } } }`;

export interface ProgrammeView {
  id: string;
  version: number;
  status: string;
  currentStep: string;
  cycle: number;
  steps: Array<{
    id: string;
    step: string;
    state: string;
    ownerId: string | null;
    overrideReason: string | null;
    items: Array<{ id: string; key: string; kind: string; required: boolean }>;
    gate: { open: boolean; openItems: Array<{ key: string }> };
  }>;
}

export async function createProgramme(client: GraphqlClient, as: As, name = 'Safer streets', templateId?: string): Promise<ProgrammeView> {
  const data = await client.ok(
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`,
    { input: { name, templateId } },
    as,
  );
  return data.createProgramme;
}

/** Rules whose evidence this file's tests can give directly: a step owner, and tasks. */
const WORKFLOW_ONLY_RULES = ['STEP_HAS_OWNER', 'STEP_TASKS_DONE'];

/**
 * The organisation's copy of the default template with the items that read other records
 * (initiatives, pilots, participants…) made manual, so these tests exercise the workflow
 * alone; the features' own suites open those gates with real records.
 */
export async function workflowOnlyTemplate(client: GraphqlClient, as: As): Promise<string> {
  const copied = await client.ok(
    `mutation { copyDefaultTemplate(input: { name: "Workflow only" }) { id version items { key step title guidance required kind rule source } taskSuggestions { step title description } } }`,
    {},
    as,
  );
  const template = copied.copyDefaultTemplate;
  const items = template.items.map((item: { kind: string; rule: string | null }) =>
    item.kind === 'EVIDENCED' && !WORKFLOW_ONLY_RULES.includes(item.rule!) ? { ...item, kind: 'MANUAL', rule: null } : item,
  );
  await client.ok(
    `mutation($input: UpdateTemplateInput!) { updateWorkflowTemplate(input: $input) { id } }`,
    { input: { templateId: template.id, version: template.version, items, taskSuggestions: template.taskSuggestions } },
    as,
  );
  return template.id;
}

export async function readProgramme(client: GraphqlClient, as: As, id: string): Promise<ProgrammeView> {
  return (await client.ok(`query($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`, { id }, as)).programme;
}

/**
 * Does the current step's work: names an owner, captures two tasks and completes them, and
 * ticks the manual required items with evidence.
 */
export async function satisfyCurrentStep(client: GraphqlClient, as: As, programme: ProgrammeView, ownerId: string): Promise<ProgrammeView> {
  const step = programme.steps.find((s) => s.step === programme.currentStep)!;
  const tasks = await client.ok(
    `mutation($input: CreateTasksInput!) { createTasks(input: $input) { id version } }`,
    { input: { tasks: [1, 2].map((n) => ({ programmeId: programme.id, title: `${step.step} task ${n}`, assigneeId: ownerId })) } },
    as,
  );
  for (const task of tasks.createTasks) {
    await client.ok(
      `mutation($input: TaskVersionInput!) { completeTask(input: $input) { status } }`,
      { input: { taskId: task.id, version: task.version } },
      as,
    );
  }
  await client.ok(
    `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { id } }`,
    { input: { programmeId: programme.id, version: programme.version, step: step.step, ownerId } },
    as,
  );
  for (const item of step.items.filter((i) => i.required && i.kind === 'MANUAL')) {
    await client.ok(
      `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`,
      { input: { itemId: item.id, evidenceText: 'Agreed at the steering group', evidenceUrl: 'https://intranet.example.org/minutes/12' } },
      as,
    );
  }
  return readProgramme(client, as, programme.id);
}

export const ADVANCE = `mutation($input: GatedMoveInput!) { advanceStep(input: $input) { ${PROGRAMME_FIELDS} } }`;
