import { createRoot } from 'react-dom/client';
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';
import 'graphiql/style.css';
import './style.css';
import { App } from './app';
import type { PageConfig } from '../../src/explorer-page';
import { setUpWorkers } from './workers';

const config = JSON.parse(document.getElementById('explorer-config')!.textContent!) as PageConfig;
setUpWorkers(config.workers);
createRoot(document.getElementById('root')!).render(<App config={config} />);
