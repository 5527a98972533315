import { start } from '../desk/main';
import { chinaDate } from '../desk/normalise';

/**
 * The desk page's script as the browser runs it (bundled by `buildDeskPage`): the page
 * (src/desk/main.ts) started with the clock, read here as the command line reads it, so that the
 * desk's own code and the library are handed today's date in China and never read the clock.
 */
start({ today: () => chinaDate(new Date()) });
