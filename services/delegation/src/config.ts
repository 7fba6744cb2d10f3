import { parseConfig, subgraphConfigSchema } from '@hanoi/platform';

export const service = 'delegation';
export const configSchema = subgraphConfigSchema(service, 4101);
export type Config = ReturnType<typeof loadConfig>;
export const loadConfig = (env: NodeJS.ProcessEnv = process.env) => parseConfig(configSchema, env);
