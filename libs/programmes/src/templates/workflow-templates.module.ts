import { Module } from '@nestjs/common';
import { WorkflowTemplatesResolver } from './workflow-templates.resolver';
import { WorkflowTemplatesService } from './workflow-templates.service';

/** The built-in workflow template and organisations' copies; programmes resolve their template through the service. */
@Module({ providers: [WorkflowTemplatesService, WorkflowTemplatesResolver], exports: [WorkflowTemplatesService] })
export class WorkflowTemplatesModule {}
