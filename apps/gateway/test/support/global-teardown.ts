import { ChildProcess } from 'node:child_process';
import { stopApp } from './service-processes';

export default async function globalTeardown(): Promise<void> {
  const children = (globalThis as { __SERVICE__?: ChildProcess[] }).__SERVICE__ ?? [];
  await Promise.all(children.map((child) => stopApp(child)));
}
