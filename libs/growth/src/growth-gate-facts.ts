import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import type { GateFacts } from '@app/workflow';
import { ScalingProgressService } from './dashboard/scaling-progress.service';

/** Scaling plans' evidence for the Grow-it rule "every pilot decided SCALE has a scaling plan with training": one statement for all the programmes asked about. */
@Injectable()
export class GrowthGateFacts implements GateFactsSource, OnModuleInit {
  readonly provides = 'growth' as const;

  constructor(
    private readonly progress: ScalingProgressService,
    private readonly registry: GateFactsRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, Partial<GateFacts>>> {
    const facts = await this.progress.growthFacts(ctx, programmeIds);
    return new Map([...facts].map(([programmeId, growth]) => [programmeId, { growth }]));
  }
}
