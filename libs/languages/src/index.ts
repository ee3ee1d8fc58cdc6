export { ALL_LANGUAGES } from './lib/all-languages';
export { defineLanguage, sandboxImageFor } from './lib/language-definition';
export type { CommandContext, LanguageDefinition, LanguageLimits, LanguageSpec, SourceCheck } from './lib/language-definition';
export { LanguageRegistry, toLanguageInfo } from './lib/language-registry';
export { LanguagesModule } from './lib/languages.module';
