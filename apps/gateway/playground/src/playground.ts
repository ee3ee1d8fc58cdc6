import type { ExecutionResult } from '@ghostide/execution-client';
import { listLanguages, runProgram } from './execution-api';
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
const progress = element<HTMLElement>('progress');
const errorSection = element<HTMLElement>('error');
const resultSection = element<HTMLElement>('result');

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
  const request = toExecutionRequest({ language: languageSelect.value, code: codeBox.value, stdin: stdinBox.value, args: argsBox.value });
  runButton.disabled = true;
  progress.textContent = 'Sending…';
  errorSection.hidden = true;
  resultSection.hidden = true;
  try {
    const task = await runProgram(request, (polled) => {
      progress.textContent = describeProgress(polled);
    });
    if (task.result) showResult(task.result);
    else showError(describeFailedTask(task));
  } catch (error) {
    showError(describeError(error));
  } finally {
    runButton.disabled = false;
    progress.textContent = '';
  }
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
void loadLanguages();
