export { sourceFilesOf, validateSubmission } from './lib/submission-validator';
export type { SubmissionProblems } from './lib/submission-validator';
