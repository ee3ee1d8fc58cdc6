import { Module } from '@nestjs/common';
import { LanguageRegistry } from './language-registry';

/** Provides the LanguageRegistry of every supported language. */
@Module({
  providers: [{ provide: LanguageRegistry, useFactory: () => new LanguageRegistry() }],
  exports: [LanguageRegistry],
})
export class LanguagesModule {}
