/** What the integration and fault tests share with the benchmark and the soak run: starting and stopping the apps. */
export { startApp, stopApp, waitUntilReady, WORKSPACE_ROOT } from './service-processes';
