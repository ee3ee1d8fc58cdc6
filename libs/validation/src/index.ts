export { fileNameProblem } from './lib/file-name';
export { sourceFilesOf, validateSubmission } from './lib/submission-validator';
export type { SubmissionProblems, ValidationPolicy } from './lib/submission-validator';
