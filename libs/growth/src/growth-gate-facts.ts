import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { type GateFactsOf, type GateFactsSource, GateFactsRegistry } from '@app/programmes';
import { ScalingProgressService } from './dashboard/scaling-progress.service';

/**
 * Scaling plans' evidence for the Grow-it rule "every pilot decided SCALE has a scaling plan with
 * training", the same figures as the dashboard's (ScalingProgressService): one statement
 * whatever the number of programmes.
 */
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

  async gateFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<GateFactsOf<'growth'>> {
    const facts = await this.progress.growthFacts(ctx, [...new Set(programmeIds)]);
    return new Map([...facts].map(([programmeId, growth]) => [programmeId, { growth }]));
  }
}
