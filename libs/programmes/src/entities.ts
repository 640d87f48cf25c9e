import { ChecklistItemEntity } from './checklists/checklist-item.entity';
import { OpenTaskTallyEntity, ProgrammeTallyEntity } from './dashboards/dashboard-tallies.entity';
import { GateRecordEntity } from './programmes/gate-record.entity';
import { ProgrammeStepEntity } from './programmes/programme-step.entity';
import { ProgrammeEntity } from './programmes/programme.entity';
import { TaskEntity } from './tasks/task.entity';
import { WorkflowTemplateEntity } from './templates/workflow-template.entity';

export const PROGRAMME_ENTITIES = [
  WorkflowTemplateEntity,
  ProgrammeEntity,
  ProgrammeStepEntity,
  ChecklistItemEntity,
  GateRecordEntity,
  TaskEntity,
  ProgrammeTallyEntity,
  OpenTaskTallyEntity,
];
