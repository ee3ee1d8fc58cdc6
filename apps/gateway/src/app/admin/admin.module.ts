import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@ghostide/config';
import { EXECUTION_QUEUE } from '@ghostide/contracts';
import { adminAuth } from './admin-auth';
import { RedactedBullAdapter } from './redacted-bull.adapter';

/** Where the queue dashboard is served. */
export const ADMIN_QUEUES_ROUTE = '/admin/queues';

/**
 * The Bull dashboard (@bull-board) of the execution queue at /admin/queues:
 * off (404) unless ADMIN_TOKEN is set, then behind basic auth (admin-auth.ts).
 * The queue is the one ExecutionQueueModule registers, found by its name.
 * Not a Nest controller, so neither in the OpenAPI document nor rate limited.
 */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        route: ADMIN_QUEUES_ROUTE,
        adapter: ExpressAdapter,
        middleware: adminAuth(config.get('admin', { infer: true }).token),
        boardOptions: { uiConfig: { boardTitle: 'GhostIDE' } },
      }),
    }),
    BullBoardModule.forFeature({ name: EXECUTION_QUEUE, adapter: RedactedBullAdapter }),
  ],
})
export class AdminModule {}
