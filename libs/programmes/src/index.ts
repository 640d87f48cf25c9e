export * from './entities';
export * from './programmes.module';
export * from './step.enum';
export * from './programmes/gates.service';
export * from './programmes/programme.entity';
export * from './programmes/programme-step.entity';
export * from './programmes/programme.model';
export * from './programmes/programmes.service';
export * from './checklists/checklist-item.entity';
export * from './tasks/task.entity';
export * from './templates';
export * from './dashboards/dashboard.model';
export * from './tasks';
export * from './programmes/gate-facts.registry';
export { ChecklistsService } from './checklists/checklists.service';
export * from './dates/programme-dates.service';
// Inputs the demo story (apps/api/src/demo) fills in as a user would.
export { TickChecklistItemInput } from './checklists/checklist.inputs';
export { CreateProgrammeInput, GatedMoveInput, UpdateProgrammeStepInput } from './programmes/programme.inputs';
