// The one zod instance the project uses, with Chinese messages: the people who read schema errors
// (school editors at build time, parents at submit time) read Chinese.
import { z } from 'zod';
import { zhCN } from 'zod/locales';

z.config(zhCN());

export { z };
