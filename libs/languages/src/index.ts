export type { ConformancePrograms, LanguageDefinition } from './lib/language-definition';
export { LanguageRegistry, toLanguageInfo } from './lib/language-registry';
export { LanguagesModule } from './lib/languages.module';
export { toolchainVersionFrom } from './lib/toolchain-version';
