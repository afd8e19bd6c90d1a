import { catalog } from '../messages.js';
import { en } from './en.js';
import { ru } from './ru.js';

export const coreMessages = catalog({ en, ru });
