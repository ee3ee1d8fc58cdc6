import { DynamicModule, Module } from '@nestjs/common';
import { LanguagesModule } from '@ghostide/languages';
import { ExecutionQueueModule } from '@ghostide/queue';
import { ExecutionModule } from '../../execution/execution.module';
import { GatewayMetricsModule } from '../../metrics/gateway-metrics';
import { RateLimitModule } from '../../rate-limit/rate-limit.module';
import { judge0Controller } from './judge0.controller';
import { Judge0Service } from './judge0.service';

/** Judge0 CE's API, on ExecutionService like our own. */
@Module({})
export class Judge0Module {
  /** Serves it under pathPrefix (JUDGE0_PATH_PREFIX). */
  static register(pathPrefix: string): DynamicModule {
    return {
      module: Judge0Module,
      // GatewayMetricsModule: the API's error filter counts rejections, as the global one does.
      imports: [ExecutionModule, ExecutionQueueModule, GatewayMetricsModule, LanguagesModule, RateLimitModule],
      controllers: [judge0Controller(pathPrefix)],
      providers: [Judge0Service],
    };
  }
}
