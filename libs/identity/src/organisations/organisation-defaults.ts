import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';

/** What a feature gives every new organisation (e.g. Map it's default service areas). */
export interface OrganisationDefaultsSource {
  /** Writes the defaults for this new organisation, in the caller's transaction (`ctx`). */
  writeDefaults(ctx: RequestContext, organisationId: string): Promise<void>;
}

/**
 * Where features register the records a new organisation starts with, so that they are written
 * when the organisation is created, in the same transaction, without the identity library
 * depending on those features (and so that no read ever has to create them).
 */
@Injectable()
export class OrganisationDefaultsRegistry {
  private readonly sources: OrganisationDefaultsSource[] = [];

  register(source: OrganisationDefaultsSource): void {
    this.sources.push(source);
  }

  async writeFor(ctx: RequestContext, organisationId: string): Promise<void> {
    if (!ctx.entityManager) throw new Error("An organisation's defaults are written in the transaction that creates it");
    for (const source of this.sources) await source.writeDefaults(ctx, organisationId);
  }
}
