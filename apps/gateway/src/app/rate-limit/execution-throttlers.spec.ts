import { CLIENT_THROTTLER, executionThrottlers, rateLimitMessage, SESSION_THROTTLER, sessionIdOf } from './execution-throttlers';

describe('executionThrottlers', () => {
  it('limits per client and per session, each over one minute', () => {
    const throttlers = executionThrottlers({ clientPerMinute: 120, sessionPerMinute: 60, sessionMaxQueuedJobs: 10 });

    expect(throttlers.map(({ name, limit, ttl }) => ({ name, limit, ttl }))).toEqual([
      { name: CLIENT_THROTTLER, limit: 120, ttl: 60_000 },
      { name: SESSION_THROTTLER, limit: 60, ttl: 60_000 },
    ]);
  });

  it('leaves out a throttler whose limit is 0', () => {
    expect(executionThrottlers({ clientPerMinute: 0, sessionPerMinute: 60, sessionMaxQueuedJobs: 10 }).map((t) => t.name)).toEqual([SESSION_THROTTLER]);
    expect(executionThrottlers({ clientPerMinute: 120, sessionPerMinute: 0, sessionMaxQueuedJobs: 10 }).map((t) => t.name)).toEqual([CLIENT_THROTTLER]);
    expect(executionThrottlers({ clientPerMinute: 0, sessionPerMinute: 0, sessionMaxQueuedJobs: 10 })).toEqual([]);
  });
});

describe('sessionIdOf', () => {
  it.each([
    [{ session_id: 'tab-1' }, 'tab-1'],
    [{ session_id: 's'.repeat(128) }, 's'.repeat(128)],
  ])('takes the session_id of %j', (body, sessionId) => {
    expect(sessionIdOf(body)).toBe(sessionId);
  });

  it.each([
    ['no body', undefined],
    ['a body without session_id', { language: 'python' }],
    ['an empty session_id', { session_id: '' }],
    ['a session_id over 128 characters', { session_id: 's'.repeat(129) }],
    ['a number', { session_id: 42 }],
    ['an object', { session_id: { toString: 'x' } }],
    ['an array body', ['tab-1']],
    ['a string body', 'tab-1'],
  ])('finds no session in %s, so only the per-client limit applies', (_, body) => {
    expect(sessionIdOf(body)).toBeUndefined();
  });
});

describe('rateLimitMessage', () => {
  it('names the limit that was exceeded and its value', () => {
    expect(rateLimitMessage(CLIENT_THROTTLER, 120)).toBe('per-client rate limit exceeded: at most 120 executions a minute from one client address');
    expect(rateLimitMessage(SESSION_THROTTLER, 60)).toBe('per-session rate limit exceeded: at most 60 executions a minute for one session_id');
  });
});
