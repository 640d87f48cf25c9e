export * from './workflow-template.entity';
export * from './workflow-template.inputs';
export * from './workflow-template.model';
export * from './workflow-templates.module';
export * from './workflow-templates.service';
