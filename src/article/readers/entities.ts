// The rarer HTML5 named references: a chunk loaded only when text uses one (see html-text.ts).
import { REST } from './entities-rest.js';
import { installEntities } from './html-text.js';

installEntities(REST);
