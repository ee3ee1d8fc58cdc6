export { sourceFilesOf, validateSubmission } from './lib/submission-validator';
