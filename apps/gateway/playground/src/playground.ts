import type { ExecutionResult, TaskStatus } from '@ghostide/execution-client';
import { listLanguages, startProgram, stopProgram, waitForProgram, watchProgram } from './execution-api';
import { describeError, describeExit, describeFailedTask, describeProgress, describeTime, formatMemory, type ErrorText } from './result-text';
import { toExecutionRequest } from './run-request';

/** The page's element with this id; index.html and this file must agree. */
function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no element #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>('run-form');
const languageSelect = element<HTMLSelectElement>('language');
const codeBox = element<HTMLTextAreaElement>('code');
const stdinBox = element<HTMLTextAreaElement>('stdin');
const argsBox = element<HTMLTextAreaElement>('args');
const runButton = element<HTMLButtonElement>('run');
const stopButton = element<HTMLButtonElement>('stop');
const progress = element<HTMLElement>('progress');
const errorSection = element<HTMLElement>('error');
const resultSection = element<HTMLElement>('result');

/** The task of the run under way, for Stop. */
let runningTask: string | undefined;

/** Each language's sample program (GET /languages), by id. */
const samples = new Map<string, string>();

async function loadLanguages(): Promise<void> {
  try {
    const languages = await listLanguages();
    for (const language of languages) samples.set(language.id, language.sample);
    languageSelect.replaceChildren(...languages.map((language) => new Option(`${language.name} — ${language.version}`, language.id)));
    languageSelect.disabled = false;
    runButton.disabled = false;
    showSample();
  } catch (error) {
    languageSelect.replaceChildren(new Option('No languages', ''));
    showError(describeError(error));
  }
}

/** Puts the selected language's sample in the code box, unless it holds code the user wrote. */
function showSample(): void {
  const untouched = codeBox.value.trim() === '' || [...samples.values()].includes(codeBox.value);
  if (untouched) codeBox.value = samples.get(languageSelect.value) ?? '';
}

async function run(): Promise<void> {
  if (runButton.disabled) return;
  const request = toExecutionRequest({ language: languageSelect.value, code: codeBox.value, stdin: stdinBox.value, args: argsBox.value });
  runButton.disabled = true;
  progress.textContent = 'Sending…';
  errorSection.hidden = true;
  resultSection.hidden = true;
  try {
    const taskId = await startProgram(request);
    runningTask = taskId;
    stopButton.disabled = false;
    showLiveOutput();
    let finished: TaskStatus | undefined;
    for await (const event of watchProgram(taskId)) {
      if (event.event === 'stdout' || event.event === 'stderr') appendOutput(event.event, event.data);
      else if (event.event === 'result') finished = event.task;
      else progress.textContent = describeProgress(event) ?? progress.textContent;
    }
    finished ??= await waitForProgram(taskId);
    if (finished.result) showResult(finished.result);
    else showError(describeFailedTask(finished));
  } catch (error) {
    showError(describeError(error));
  } finally {
    runningTask = undefined;
    stopButton.disabled = true;
    runButton.disabled = false;
    progress.textContent = '';
  }
}

async function stop(): Promise<void> {
  if (!runningTask) return;
  stopButton.disabled = true;
  progress.textContent = 'Stopping…';
  // An error (the run ended meanwhile: 409) changes nothing: the run's own end is shown.
  await stopProgram(runningTask).catch(() => undefined);
}

/** The result section while the program runs: its output as it comes, the rest once it has ended. */
function showLiveOutput(): void {
  const status = element('result-status');
  status.textContent = 'running';
  status.dataset['status'] = 'running';
  for (const id of ['result-exit', 'result-time', 'result-memory', 'result-version', 'result-stdout', 'result-stderr', 'result-compile-output']) {
    element(id).textContent = '';
  }
  element('result-stderr-block').hidden = true;
  element('result-compile-block').hidden = true;
  resultSection.hidden = false;
}

function appendOutput(stream: 'stdout' | 'stderr', text: string): void {
  element(`result-${stream}`).append(text);
  if (stream === 'stderr') element('result-stderr-block').hidden = false;
}

function showResult(result: ExecutionResult): void {
  const status = element('result-status');
  status.textContent = result.status;
  status.dataset['status'] = result.status;
  element('result-exit').textContent = describeExit(result);
  element('result-time').textContent = describeTime(result);
  element('result-memory').textContent = formatMemory(result.memory_usage_kb);
  element('result-version').textContent = result.version;
  element('result-stdout').textContent = result.stdout;
  element('result-stderr').textContent = result.stderr;
  element('result-stderr-block').hidden = result.stderr === '';
  element('result-compile-output').textContent = result.compile_output ?? '';
  element('result-compile-block').hidden = !result.compile_output;
  resultSection.hidden = false;
}

function showError({ title, messages }: ErrorText): void {
  element('error-title').textContent = title;
  element('error-messages').replaceChildren(
    ...messages.map((message) => {
      const item = document.createElement('li');
      item.textContent = message;
      return item;
    }),
  );
  errorSection.hidden = false;
}

languageSelect.addEventListener('change', showSample);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
stopButton.addEventListener('click', () => void stop());
// Ctrl+Enter (Cmd+Enter on a Mac) runs, from anywhere on the page.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void run();
  }
});
void loadLanguages();
