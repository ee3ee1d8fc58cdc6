import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, loadEnvironment } from './environment';

/**
 * Loads and validates the configuration once; inject ConfigService<AppConfig, true>.
 * Global, as the one exception the style allows.
 */
@Global()
@Module({
  imports: [
    // The loaded tree is the typed AppConfig; a bad setting throws here, before anything starts.
    ConfigModule.forRoot({ ignoreEnvFile: true, load: [(): AppConfig => loadEnvironment()] }),
  ],
  exports: [ConfigModule],
})
export class AppConfigModule {}
