import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@app/common';
import { Database } from '@app/database';
import { Draining } from './draining';

/** Probes for the process and the database: public, as a load balancer or orchestrator asks without credentials. */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly db: Database,
    private readonly draining: Draining,
  ) {}

  /** The process is up (for a liveness probe: restart it if this fails); still so while it drains. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * The database answers and every migration has run (for a readiness probe: send traffic).
   * From SIGTERM on, 503 "draining" at once, without asking the database (apps/api/src/drain.ts).
   */
  @Get('ready')
  @HttpCode(200)
  async ready() {
    if (this.draining.active) throw new ServiceUnavailableException({ status: 'draining' });
    const checks = await this.db.readiness();
    const ready = checks.database && checks.migrations;
    if (!ready) throw new ServiceUnavailableException({ status: 'unavailable', checks });
    return { status: 'ok', checks, database: this.db.opened.kind };
  }
}
