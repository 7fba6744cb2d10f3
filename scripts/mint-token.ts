/**
 * `npm run token -- --role clerk --agency front [--subject name] [--ttl 8h]`: prints a local access token.
 * Without flags, prints one token per demo role.
 */
import { parseArgs } from 'node:util';
import { roles, type Role } from '@hanoi/platform';
import { mintAccessToken } from './lib/dev-keys';
import { demoUsers } from './lib/demo-users';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, agency: { type: 'string' }, subject: { type: 'string' }, ttl: { type: 'string', default: '8h' } },
  });
  if (!values.role) {
    for (const user of demoUsers) {
      console.log(`# ${user.description}\n${await mintAccessToken(user.caller, { expiresIn: values.ttl })}\n`);
    }
    return;
  }
  if (!(roles as readonly string[]).includes(values.role)) throw new Error(`--role must be one of ${roles.join(', ')}`);
  if (!values.agency) throw new Error('--agency is required (an Agency id such as front, council, committee, delegation)');
  const caller = { subject: values.subject ?? `${values.agency}-${values.role}`, agency: values.agency, roles: [values.role as Role] };
  console.log(await mintAccessToken(caller, { expiresIn: values.ttl }));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
