export * from './entities';
export * from './workshops.module';
export * from './workshops/workshop.entity';
export * from './workshops/workshop-attendee.entity';
export * from './workshops/workshop-agenda-item.entity';
export * from './workshops/workshop.model';
export * from './workshops/workshops.service';
export * from './outputs/workshop-output.entity';
export * from './outputs/workshop-output.model';
export * from './outputs/workshop-outputs.service';
export * from './templates/workshop-template.entity';
export * from './templates/workshop-template.model';
export * from './templates/workshop-templates.service';
// Inputs a demo or another library fills in as a user would.
export { PlanWorkshopInput } from './workshops/workshop.inputs';
export { CaptureWorkshopOutputsInput, ConvertWorkshopOutputInput } from './outputs/workshop-output.inputs';
