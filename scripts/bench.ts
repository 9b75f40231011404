/**
 * `npm run bench`: bench/run.ts over the saved pages (see pages-folder.ts), or one line
 * saying it skipped when there are none and no folder was given.
 */
import { hasPages, pagesFolder, skipLine } from './pages-folder.ts';

const args = process.argv.slice(2);
const folder = pagesFolder();
const givesFolder = args.some((arg) => !arg.startsWith('-') && hasPages(pagesFolder(arg)));
const asksHelp = args.includes('--help') || args.includes('-h');
if (!hasPages(folder) && !givesFolder && !asksHelp) {
  console.log(skipLine('bench', folder));
  process.exit(0);
}
// A folder given on the command line comes later, so bench/run.ts takes it instead.
if (hasPages(folder)) process.argv.splice(2, 0, folder);
await import('../bench/run.ts');
