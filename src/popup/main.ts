/** Popup entry: only wiring. */
import { localizePack } from '../core/pack/localize.ts';
import { loadPacks } from '../core/pack/packs.ts';
import { enabledPacks, mergeTopics } from '../core/pack/topics.ts';
import { loadTopics } from '../shared/topic-store.ts';
import { t } from '../ui/i18n.ts';
import { readerLanguages } from '../ui/languages.ts';
import { startPopup } from './popup-app.ts';

document.documentElement.lang = t('popupLocale');
document.title = t('extName');
const bundled = loadPacks().packs;
// The topics in use, imported ones too, so that their mentions are counted by name; the
// bundled ones alone when storage cannot be read (their counts still make sense).
void loadTopics().then(({ imported, bundledOff }) => enabledPacks(mergeTopics(bundled, imported, bundledOff)), () => bundled).then((packs) =>
  startPopup(document.getElementById('app')!, packs.map((pack) => localizePack(pack, readerLanguages())), new AbortController().signal));
