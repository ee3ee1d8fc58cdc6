import { Controller, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PrometheusController, PrometheusModule } from '@willsoto/nestjs-prometheus';

/** GET /metrics in Prometheus' text format; for scrapers, so not part of the OpenAPI document. */
@ApiExcludeController()
@Controller()
export class MetricsController extends PrometheusController {}

/**
 * Serves /metrics with Node's process metrics (memory, CPU, event loop) and
 * every metric an app provides with @willsoto/nestjs-prometheus's
 * make*Provider. Registered once, at import: prom-client's registry is global.
 */
@Module({ imports: [PrometheusModule.register({ controller: MetricsController, defaultMetrics: { enabled: true } })] })
export class MetricsModule {}
