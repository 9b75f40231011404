/** Options page entry: only wiring lives here. */
import { showStartFailure, startOptionsPage } from './page.ts';

const root = document.getElementById('app')!;
startOptionsPage(root, new AbortController().signal).catch((error: unknown) => showStartFailure(root, error));
