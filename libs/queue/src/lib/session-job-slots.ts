/** Prefix of a session's sorted set of unfinished job ids (score: epoch ms the slot was taken). */
export const SESSION_JOBS_KEY_PREFIX = 'ghostide:session-jobs:';

/**
 * A slot is taken before the job is added to Bull; an id whose job hash does
 * not exist yet is kept this long, so a concurrent check does not forget it.
 */
export const SESSION_SLOT_GRACE_MS = 30_000;

/**
 * Safety net for sessions that stop sending: their set goes away this long
 * after the last slot was taken. Finished jobs are forgotten by state, not by
 * this expiry.
 */
export const SESSION_JOBS_KEY_TTL_SECONDS = 3600;

/**
 * Takes a slot for a new job of a session, atomically, unless the session is
 * at its bound. It first forgets the session's jobs that are over: Bull sets
 * `finishedOn` on completed and failed jobs, and a job hash that is gone was
 * removed, expired or never added. Counting by job state rather than
 * INCR/DECR means a crashed worker or a discarded job cannot leak a slot, and
 * no gateway has to be listening when a job ends.
 *
 * KEYS[1]: the session's set. ARGV: Bull's job key prefix, the new job id, the
 * bound, now (epoch ms), SESSION_SLOT_GRACE_MS, SESSION_JOBS_KEY_TTL_SECONDS.
 * The job hashes are read by computed names, which a single Redis (all Bull
 * supports) allows. Returns [jobs still waiting or running, 1 if the slot was
 * taken else 0].
 */
export const TAKE_SESSION_SLOT_SCRIPT = `
local ids = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local now = tonumber(ARGV[4])
for i = 1, #ids, 2 do
  local jobKey = ARGV[1] .. ids[i]
  local finished = redis.call('HEXISTS', jobKey, 'finishedOn') == 1
  local gone = redis.call('EXISTS', jobKey) == 0 and tonumber(ids[i + 1]) < now - tonumber(ARGV[5])
  if finished or gone then
    redis.call('ZREM', KEYS[1], ids[i])
  end
end
local count = redis.call('ZCARD', KEYS[1])
if count >= tonumber(ARGV[3]) then
  return { count, 0 }
end
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[6]))
return { count, 1 }
`;
