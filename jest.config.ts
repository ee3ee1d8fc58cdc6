import { getJestProjectsAsync } from '@nx/jest';

// The root config runs every project's unit tests at once (`npx jest`); Nx runs them per project.
export default async () => ({
  projects: await getJestProjectsAsync(),
});
