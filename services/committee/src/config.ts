import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';

export const service = 'committee';
export const configSchema = subgraphConfigSchema(service, 4103);
export type Config = ReturnType<typeof loadConfig>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
