/**
 * Writes libs/sandbox/seccomp/host.json, the host containers' seccomp
 * profile, from the engine's default beside it (`npm run seccomp`). The
 * sandbox lib's spec fails when the committed file is not this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveHostSeccompProfile, SeccompProfile } from '../src/lib/seccomp-profile';

const dir = __dirname;
const dockerDefault = JSON.parse(readFileSync(join(dir, 'docker-default.json'), 'utf8')) as SeccompProfile;
writeFileSync(join(dir, 'host.json'), `${JSON.stringify(deriveHostSeccompProfile(dockerDefault), null, 2)}\n`);
console.log(`wrote ${join(dir, 'host.json')}`);
