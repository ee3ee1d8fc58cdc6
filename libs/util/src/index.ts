export { WaitTimeoutError, withTimeout } from './lib/with-timeout';
